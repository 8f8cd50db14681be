import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { buildInviteeMessages } from "./build-invitee-messages.js";
import { conferenceDetails } from "./conference-details.js";
import { queueCalendarFile, type MakeCalendarFile } from "./queue-calendar-file.js";
import { rsvpButtons } from "./conference-buttons.js";

export type NewConference = { title: string; startsAt: Date; venue: string; agenda: string; chair: string };

export type CreateConferenceOptions = {
  blocId: string;
  createdById: string;
  actor: Actor;
  conference: NewConference;
  timeZone: string;
  now: Date;
  calendarFile?: MakeCalendarFile;
};

// One upcoming conference per bloc. Every member of every unit gets the invitation (giấy mời) with the answer
// buttons, the board gets it without; the rows, the conference and its audit row commit together.
export async function createConference(db: Db, options: CreateConferenceOptions) {
  assertCan(options.actor, "conference.create");
  const { conference: plan } = options;
  if (plan.startsAt <= options.now)
    throw new DomainError("conference.error_past_time", { time: formatDateTime(plan.startsAt, options.timeZone) });
  return db.$transaction(async (tx) => {
    const existing = await tx.conference.findFirst({
      where: { blocId: options.blocId, state: "scheduled", startsAt: { gt: options.now } },
    });
    if (existing)
      throw new DomainError("conference.error_exists", {
        title: existing.title,
        time: formatDateTime(existing.startsAt, options.timeZone),
      });
    const conference = await tx.conference.create({
      data: {
        blocId: options.blocId,
        title: plan.title,
        startsAt: plan.startsAt,
        venue: plan.venue,
        agenda: plan.agenda,
        chair: plan.chair,
        createdById: options.createdById,
        createdAt: options.now,
        updatedAt: options.now,
      },
    });
    const { messages, unreachable } = await buildInviteeMessages(tx, {
      blocId: options.blocId,
      unitTextKey: "conference.invitation",
      boardTextKey: "conference.invitation_board",
      textParams: { title: conference.title, details: conferenceDetails(conference) },
      unitButtons: rsvpButtons(conference.id),
    });
    const intentId = `conference-invite:${conference.id}`;
    const invited = await enqueueMessages(tx, { intentId, blocId: options.blocId, now: options.now, messages });
    if (options.calendarFile)
      await queueCalendarFile(tx, { conference, intentId, messages, make: options.calendarFile, now: options.now });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "conference.created",
      subjectType: "conference",
      subjectId: conference.id,
      details: {
        title: conference.title,
        startsAt: conference.startsAt.toISOString(),
        venue: conference.venue,
        invited,
      },
      now: options.now,
    });
    return { conference, invited, unreachable };
  });
}
