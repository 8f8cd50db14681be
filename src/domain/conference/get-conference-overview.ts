import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";
import { AttendeesSchema, type Attendee } from "./conference-schemas.js";
import { findConference } from "./find-conference.js";
import { latestAnswers } from "./latest-answers.js";

export type ConferenceUnitRow = {
  unitId: string;
  unitName: string;
  shortName: string | null;
  answer: "attending" | "absent" | "deputy" | "none";
  attendees: Attendee[];
  reason: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  // How many answers the unit gave; the earlier ones are history.
  answers: number;
  checkedInAt: Date | null;
  // Who tapped "Đã có mặt", or who marked the unit present (then `markedByLeader`).
  checkedInByName: string | null;
  markedByLeader: boolean;
};

// The conference with one row per unit (in the bloc's order): the standing answer, who comes, the check-in.
export async function getConferenceOverview(db: Db, options: { blocId: string; conferenceId: string }) {
  const conference = await findConference(db, options);
  const [units, rsvps, checkIns] = await Promise.all([
    db.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
    db.conferenceRsvp.findMany({ where: { conferenceId: conference.id } }),
    db.conferenceCheckIn.findMany({ where: { conferenceId: conference.id } }),
  ]);
  const latest = latestAnswers(rsvps);
  const personIds = [
    ...rsvps.map((r) => r.personId),
    ...checkIns.flatMap((c) => [c.personId ?? "", c.markedById]),
  ].filter(Boolean);
  const people = new Map(
    (await db.person.findMany({ where: { id: { in: [...new Set(personIds)] } } })).map((p) => [p.id, personName(p)]),
  );
  const rows: ConferenceUnitRow[] = units.map((unit) => {
    const rsvp = latest.get(unit.id);
    const checkIn = checkIns.find((c) => c.unitId === unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      shortName: unit.shortName,
      answer: (rsvp?.answer ?? "none") as ConferenceUnitRow["answer"],
      attendees: rsvp ? AttendeesSchema.parse(JSON.parse(rsvp.attendees)) : [],
      reason: rsvp?.reason ?? null,
      answeredByName: rsvp ? (people.get(rsvp.personId) ?? "?") : null,
      answeredAt: rsvp?.createdAt ?? null,
      answers: rsvps.filter((r) => r.unitId === unit.id).length,
      checkedInAt: checkIn?.at ?? null,
      checkedInByName: checkIn ? (people.get(checkIn.personId ?? checkIn.markedById) ?? "?") : null,
      markedByLeader: checkIn ? checkIn.personId === null : false,
    };
  });
  const comes = (row: ConferenceUnitRow) => row.answer === "attending" || row.answer === "deputy";
  return {
    conference,
    rows,
    counts: {
      units: rows.length,
      answered: rows.filter((row) => row.answer !== "none").length,
      attendingUnits: rows.filter(comes).length,
      attendees: rows.filter(comes).reduce((sum, row) => sum + row.attendees.length, 0),
      checkedIn: rows.filter((row) => row.checkedInAt !== null).length,
    },
  };
}

export type ConferenceOverview = Awaited<ReturnType<typeof getConferenceOverview>>;
