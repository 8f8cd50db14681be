import type { Db } from "../../db/create-database.js";

// How long after its day a conference stays the current one (for check-in records and the minutes).
export const currentConferenceDays = 30;

// The conference /conference is about: the upcoming one, else the latest that took place in the last 30 days.
// Cancelled conferences are history.
export async function findCurrentConference(db: Db, options: { blocId: string; now: Date }) {
  const upcoming = await db.conference.findFirst({
    where: { blocId: options.blocId, state: "scheduled", startsAt: { gt: options.now } },
    orderBy: { startsAt: "asc" },
  });
  if (upcoming) return upcoming;
  const since = new Date(options.now.getTime() - currentConferenceDays * 24 * 60 * 60 * 1000);
  return db.conference.findFirst({
    where: { blocId: options.blocId, state: "scheduled", startsAt: { gt: since, lte: options.now } },
    orderBy: { startsAt: "desc" },
  });
}
