import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { buildInviteeMessages } from "./build-invitee-messages.js";
import { conferenceTextLimits } from "./conference-schemas.js";
import { findLiveConference } from "./find-live-conference.js";

// Cancelling tells everyone why; answers and check-ins stay as history, and old buttons are refused from now on.
export async function cancelConference(
  db: Db,
  options: { blocId: string; conferenceId: string; reason: string; actor: Actor; timeZone: string; now: Date },
) {
  assertCan(options.actor, "conference.cancel");
  const reason = options.reason.trim();
  if (!reason) throw new DomainError("conference.error_no_reason");
  if (reason.length > conferenceTextLimits.reason)
    throw new DomainError("conference.error_too_long", { max: conferenceTextLimits.reason });
  return db.$transaction(async (tx) => {
    const conference = await findLiveConference(tx, options);
    await tx.conference.update({
      where: { id: conference.id },
      data: { state: "cancelled", cancelReason: reason, updatedAt: options.now },
    });
    const { messages, unreachable } = await buildInviteeMessages(tx, {
      blocId: options.blocId,
      unitTextKey: "conference.cancelled_notice",
      boardTextKey: "conference.cancelled_notice",
      textParams: {
        title: conference.title,
        time: dateTimeParam(conference.startsAt),
        venue: conference.venue,
        reason,
      },
    });
    const notified = await enqueueMessages(tx, {
      intentId: `conference-cancel:${conference.id}`,
      blocId: options.blocId,
      now: options.now,
      messages,
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "conference.cancelled",
      subjectType: "conference",
      subjectId: conference.id,
      details: { reason, notified },
      now: options.now,
    });
    return { title: conference.title, notified, unreachable };
  });
}
