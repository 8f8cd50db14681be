import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { buildInviteeMessages } from "./build-invitee-messages.js";
import { keptAnswer } from "./kept-answer.js";
import { latestAnswers } from "./latest-answers.js";
import { queueCalendarFile, type MakeCalendarFile } from "./queue-calendar-file.js";
import { rsvpButtons } from "./conference-buttons.js";
import { conferenceTextLimits } from "./conference-schemas.js";
import { findLiveConference } from "./find-live-conference.js";

export type ConferenceChange = { startsAt: Date } | { venue: string };

export type ChangeConferenceOptions = {
  blocId: string;
  conferenceId: string;
  change: ConferenceChange;
  actor: Actor;
  timeZone: string;
  now: Date;
  // A new time sends the calendar file again (same event, next SEQUENCE).
  calendarFile?: MakeCalendarFile;
};

// A new time or venue is a new plan: the revision goes up, so the reminders (keyed by revision) go out again
// for it, and everyone is told the new plan next to the old one. Answers stand: they are per conference.
export async function changeConference(db: Db, options: ChangeConferenceOptions) {
  assertCan(options.actor, "conference.change");
  const { change } = options;
  if ("startsAt" in change && change.startsAt <= options.now)
    throw new DomainError("conference.error_past_time", { time: formatDateTime(change.startsAt, options.timeZone) });
  if ("venue" in change && (!change.venue.trim() || change.venue.length > conferenceTextLimits.venue))
    throw new DomainError("conference.error_too_long", { max: conferenceTextLimits.venue });
  return db.$transaction(async (tx) => {
    const before = await findLiveConference(tx, options);
    const time = "startsAt" in change;
    const data = "startsAt" in change ? { startsAt: change.startsAt } : { venue: change.venue.trim() };
    const unchanged =
      "startsAt" in change ? change.startsAt.getTime() === before.startsAt.getTime() : data.venue === before.venue;
    if (unchanged) throw new DomainError("conference.error_unchanged");
    const after = await tx.conference.update({
      where: { id: before.id },
      data: { ...data, revision: { increment: 1 }, updatedAt: options.now },
    });
    const [units, rsvps] = await Promise.all([
      tx.unit.findMany({ where: { blocId: options.blocId } }),
      tx.conferenceRsvp.findMany({ where: { conferenceId: after.id } }),
    ]);
    const latest = latestAnswers(rsvps);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    // Old → new once; the part that did not change is repeated as one line, not the whole plan.
    const { messages, unreachable } = await buildInviteeMessages(tx, {
      blocId: options.blocId,
      unitTextKey: time ? "conference.changed_time_notice" : "conference.changed_venue_notice",
      boardTextKey: time ? "conference.changed_time_notice_board" : "conference.changed_venue_notice_board",
      textParams: {
        title: after.title,
        old: time ? dateTimeParam(before.startsAt) : before.venue,
        new: time ? dateTimeParam(after.startsAt) : after.venue,
        ...(time ? { venue: after.venue } : { time: dateTimeParam(after.startsAt) }),
      },
      unitButtons: rsvpButtons(after.id),
      unitParams: (unitId) => ({ answer: keptAnswer(unitName.get(unitId) ?? "", latest.get(unitId)) }),
    });
    const intentId = `conference-change:${after.id}:${after.revision}`;
    const notified = await enqueueMessages(tx, { intentId, blocId: options.blocId, now: options.now, messages });
    if (time && options.calendarFile)
      await queueCalendarFile(tx, {
        conference: after,
        intentId,
        messages,
        make: options.calendarFile,
        now: options.now,
      });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: time ? "conference.rescheduled" : "conference.moved",
      subjectType: "conference",
      subjectId: after.id,
      details: time
        ? { from: before.startsAt.toISOString(), to: after.startsAt.toISOString(), revision: after.revision, notified }
        : { from: before.venue, to: after.venue, revision: after.revision, notified },
      now: options.now,
    });
    return { conference: after, previous: before, notified, unreachable };
  });
}
