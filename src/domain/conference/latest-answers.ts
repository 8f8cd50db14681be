import type { ConferenceRsvp } from "../../generated/prisma/client.js";

// Each unit's standing answer: its latest RSVP (ties on the time broken by the id, which grows with creation).
export function latestAnswers(rsvps: ConferenceRsvp[]): Map<string, ConferenceRsvp> {
  const latest = new Map<string, ConferenceRsvp>();
  for (const rsvp of rsvps) {
    const current = latest.get(rsvp.unitId);
    const later =
      !current ||
      rsvp.createdAt > current.createdAt ||
      (rsvp.createdAt.getTime() === current.createdAt.getTime() && rsvp.id > current.id);
    if (later) latest.set(rsvp.unitId, rsvp);
  }
  return latest;
}
