import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAudienceReach } from "../audiences/find-audience.js";
import { DomainError } from "../domain-error.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { findLiveConference } from "./find-live-conference.js";

export type MinutesFile = { fileId: string; fileName: string };

// After the conference the leader attaches the minutes (biên bản); everyone in the bloc receives the file by its
// Telegram file id. A corrected file replaces the earlier one and goes out again.
export async function attachMinutes(
  db: Db,
  options: { blocId: string; conferenceId: string; file: MinutesFile; actor: Actor; timeZone: string; now: Date },
) {
  assertCan(options.actor, "conference.minutes");
  return db.$transaction(async (tx) => {
    const conference = await findLiveConference(tx, { ...options, allowStarted: true });
    if (conference.startsAt > options.now)
      throw new DomainError("conference.error_minutes_early", {
        time: formatDateTime(conference.startsAt, options.timeZone),
      });
    const replaced = conference.minutesFileId !== null;
    await tx.conference.update({
      where: { id: conference.id },
      data: {
        minutesFileId: options.file.fileId,
        minutesFileName: options.file.fileName,
        minutesAt: options.now,
        updatedAt: options.now,
      },
    });
    const { people, unreachable } = await findAudienceReach(tx, { blocId: options.blocId, audience: { kind: "bloc" } });
    const sent = await enqueueMessages(tx, {
      intentId: `conference-minutes:${conference.id}:${options.now.getTime()}`,
      blocId: options.blocId,
      now: options.now,
      messages: messagesToPeople(people, {
        kind: "document",
        fileId: options.file.fileId,
        textKey: replaced ? "conference.minutes_replaced_notice" : "conference.minutes_notice",
        textParams: {
          title: conference.title,
          time: dateTimeParam(conference.startsAt),
          venue: conference.venue,
        },
      }),
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "conference.minutes_attached",
      subjectType: "conference",
      subjectId: conference.id,
      details: { fileName: options.file.fileName, replaced, recipients: sent },
      now: options.now,
    });
    return { title: conference.title, recipients: sent, unreachable, replaced };
  });
}
