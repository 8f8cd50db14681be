import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { ReminderOffsetsSchema, type ReminderTarget } from "./conference-schemas.js";
import { findLiveConference } from "./find-live-conference.js";

// The leader's schedule for one kind of reminder (minutes before the start); [] turns it off.
export async function setConferenceReminders(
  db: Db,
  options: {
    blocId: string;
    conferenceId: string;
    target: ReminderTarget;
    offsets: number[];
    actor: Actor;
    timeZone: string;
    now: Date;
  },
) {
  assertCan(options.actor, "conference.remind");
  const offsets = ReminderOffsetsSchema.parse(options.offsets);
  return db.$transaction(async (tx) => {
    const conference = await findLiveConference(tx, options);
    const column = options.target === "rsvp" ? "rsvpReminders" : "attendeeReminders";
    await tx.conference.update({
      where: { id: conference.id },
      data: { [column]: JSON.stringify(offsets), updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "conference.reminders_set",
      subjectType: "conference",
      subjectId: conference.id,
      details: { target: options.target, from: JSON.parse(conference[column]), to: offsets },
      now: options.now,
    });
    return { title: conference.title, offsets };
  });
}
