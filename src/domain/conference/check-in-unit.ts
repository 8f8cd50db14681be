import type { Db } from "../../db/create-database.js";
import { Prisma } from "../../generated/prisma/client.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { personName } from "../people/person-name.js";
import { assertCan } from "../policy/policy.js";
import { checkInWindow } from "./check-in-window.js";
import { findLiveConference } from "./find-live-conference.js";
import { latestAnswers } from "./latest-answers.js";
import { resolveAnsweringUnit } from "./resolve-answering-unit.js";

export type CheckInUnitOptions = {
  blocId: string;
  conferenceId: string;
  // Who acts: a member of an attending unit tapping "Đã có mặt", or a leader marking `unitId` present.
  personId: string;
  unitId?: string;
  actor: Actor;
  timeZone: string;
  now: Date;
};

// One check-in per unit, with its time: the first tap (or the leader's mark) wins and a later one is told when
// the unit was checked in. Open from two hours before the start until the end of that day.
export async function checkInUnit(db: Db, options: CheckInUnitOptions) {
  // A unit checks itself in; marking another unit present is the leader's.
  assertCan(options.actor, options.unitId ? "conference.check_in_unit" : "conference.check_in");
  const result = db.$transaction(async (tx) => {
    const conference = await findLiveConference(tx, { ...options, allowStarted: true });
    const { opensAt, closesAt } = checkInWindow(conference.startsAt, options.timeZone);
    if (options.now < opensAt || options.now > closesAt) {
      throw new DomainError("conference.error_check_in_closed", {
        opens: formatDateTime(opensAt, options.timeZone),
        closes: formatDateTime(closesAt, options.timeZone),
      });
    }
    const unit = options.unitId
      ? await tx.unit.findFirst({ where: { id: options.unitId, blocId: options.blocId } })
      : await resolveAnsweringUnit(tx, options);
    if (!unit) throw new DomainError("conference.error_gone");
    const existing = await tx.conferenceCheckIn.findUnique({
      where: { conferenceId_unitId: { conferenceId: conference.id, unitId: unit.id } },
    });
    if (existing) {
      const who = await tx.person.findUnique({ where: { id: existing.personId ?? existing.markedById } });
      throw new DomainError("conference.error_already_checked_in", {
        unit: unit.name,
        time: formatDateTime(existing.at, options.timeZone).slice(11),
        name: who ? personName(who) : "?",
      });
    }
    if (!options.unitId) {
      const answer = latestAnswers(
        await tx.conferenceRsvp.findMany({ where: { conferenceId: conference.id, unitId: unit.id } }),
      ).get(unit.id);
      if (answer?.answer !== "attending" && answer?.answer !== "deputy")
        throw new DomainError("conference.error_not_attending", { unit: unit.name });
    }
    const checkIn = await tx.conferenceCheckIn.create({
      data: {
        conferenceId: conference.id,
        unitId: unit.id,
        personId: options.unitId ? null : options.personId,
        markedById: options.personId,
        at: options.now,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: options.unitId ? "conference.marked_present" : "conference.checked_in",
      subjectType: "conference_check_in",
      subjectId: checkIn.id,
      details: { conferenceId: conference.id, unitId: unit.id },
      now: options.now,
    });
    return { title: conference.title, unitName: unit.name, at: checkIn.at };
  });
  // Two taps at once: the unique key lets one in; the other is answered like any later tap.
  return result.catch(async (error: unknown) => {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const unit = options.unitId
      ? await db.unit.findUnique({ where: { id: options.unitId } })
      : await resolveAnsweringUnit(db, options);
    const existing = unit
      ? await db.conferenceCheckIn.findFirst({ where: { conferenceId: options.conferenceId, unitId: unit.id } })
      : null;
    throw new DomainError("conference.error_already_checked_in", {
      unit: unit?.name ?? "?",
      time: existing ? formatDateTime(existing.at, options.timeZone).slice(11) : "?",
      name: "?",
    });
  });
}
