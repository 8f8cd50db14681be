import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import {
  AttendeesSchema,
  conferenceTextLimits,
  maxAttendeesPerUnit,
  type Attendee,
  type RsvpAnswer,
} from "./conference-schemas.js";
import { findLiveConference } from "./find-live-conference.js";
import { latestAnswers } from "./latest-answers.js";
import { resolveAnsweringUnit } from "./resolve-answering-unit.js";

export type AnswerConferenceOptions = {
  blocId: string;
  conferenceId: string;
  personId: string;
  answer: RsvpAnswer;
  // Who comes (attending: one or more; deputy: the person sent instead); empty when absent.
  attendees: Attendee[];
  reason: string | null;
  // "Tham dự, gửi tên sau": attending, with the names sent in a later answer (the reminders ask for them).
  namesLater?: boolean;
  actor: Actor;
  timeZone: string;
  now: Date;
};

// Any member of a unit answers for it, until the conference starts. Each answer is a new row (the history);
// the latest stands. The leader unit is not messaged per answer: it reads the table in /conference.
export async function answerConference(db: Db, options: AnswerConferenceOptions) {
  assertCan(options.actor, "conference.answer");
  const reason = options.reason?.trim() ?? "";
  if (options.answer === "absent" && !reason) throw new DomainError("conference.error_no_reason");
  if (reason.length > conferenceTextLimits.reason)
    throw new DomainError("conference.error_too_long", { max: conferenceTextLimits.reason });
  const attendees =
    options.answer === "absent" ? [] : AttendeesSchema.max(maxAttendeesPerUnit).parse(options.attendees);
  const namesLater = options.answer === "attending" && options.namesLater === true && attendees.length === 0;
  if (options.answer !== "absent" && attendees.length === 0 && !namesLater)
    throw new DomainError("conference.error_no_lines");
  return db.$transaction(async (tx) => {
    const conference = await findLiveConference(tx, options);
    const unit = await resolveAnsweringUnit(tx, options);
    const previous =
      latestAnswers(await tx.conferenceRsvp.findMany({ where: { conferenceId: conference.id, unitId: unit.id } })).get(
        unit.id,
      ) ?? null;
    const rsvp = await tx.conferenceRsvp.create({
      data: {
        conferenceId: conference.id,
        unitId: unit.id,
        personId: options.personId,
        answer: options.answer,
        attendees: JSON.stringify(attendees),
        reason: options.answer === "absent" ? reason : null,
        createdAt: options.now,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "conference.answered",
      subjectType: "conference_rsvp",
      subjectId: rsvp.id,
      details: {
        conferenceId: conference.id,
        unitId: unit.id,
        answer: options.answer,
        attendees,
        reason: rsvp.reason,
        replaces: previous?.id ?? null,
      },
      now: options.now,
    });
    return {
      conference,
      unitName: unit.name,
      answer: options.answer,
      attendees,
      namesLater,
      reason: rsvp.reason,
      previousAnswer: (previous?.answer ?? null) as RsvpAnswer | null,
    };
  });
}
