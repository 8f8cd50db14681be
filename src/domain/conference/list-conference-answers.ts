import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";
import { AttendeesSchema } from "./conference-schemas.js";
import { findConference } from "./find-conference.js";

// Every answer ever given, oldest first: the history behind each unit's standing answer.
export async function listConferenceAnswers(db: Db, options: { blocId: string; conferenceId: string }) {
  const conference = await findConference(db, options);
  const rsvps = await db.conferenceRsvp.findMany({
    where: { conferenceId: conference.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const [units, people] = await Promise.all([
    db.unit.findMany({ where: { id: { in: [...new Set(rsvps.map((r) => r.unitId))] } } }),
    db.person.findMany({ where: { id: { in: [...new Set(rsvps.map((r) => r.personId))] } } }),
  ]);
  return {
    conference,
    answers: rsvps.map((rsvp) => {
      const unit = units.find((u) => u.id === rsvp.unitId);
      const person = people.find((p) => p.id === rsvp.personId);
      return {
        unitName: unit?.shortName ?? unit?.name ?? "?",
        personName: person ? personName(person) : "?",
        answer: rsvp.answer as "attending" | "absent" | "deputy",
        attendees: AttendeesSchema.parse(JSON.parse(rsvp.attendees)),
        reason: rsvp.reason,
        at: rsvp.createdAt,
      };
    }),
  };
}
