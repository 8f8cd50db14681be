import type { ConferenceRsvp } from "../../generated/prisma/client.js";
import type { KeyedText } from "../delivery/enqueue-messages.js";
import { AttendeesSchema } from "./conference-schemas.js";

// What a unit's standing answer is, said in a change notice so its members know whether to answer again.
export function keptAnswer(unitName: string, rsvp: ConferenceRsvp | undefined): KeyedText {
  if (!rsvp) return { key: "conference.kept_none", params: { unit: unitName } };
  if (rsvp.answer === "absent")
    return { key: "conference.kept_absent", params: { unit: unitName, reason: rsvp.reason ?? "" } };
  const people = AttendeesSchema.parse(JSON.parse(rsvp.attendees)).map((person) => `${person.name} – ${person.title}`);
  if (people.length === 0) return { key: "conference.kept_attending_later", params: { unit: unitName } };
  return { key: `conference.kept_${rsvp.answer}`, params: { unit: unitName, people: people.join("; ") } };
}
