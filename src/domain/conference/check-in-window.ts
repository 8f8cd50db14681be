import { DateTime } from "luxon";

// Check-in opens two hours before the start and closes at the end of that day, in the bloc's time zone.
export const checkInOpensMinutes = 120;

export function checkInWindow(startsAt: Date, timeZone: string): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(startsAt.getTime() - checkInOpensMinutes * 60_000);
  const closesAt = DateTime.fromJSDate(startsAt, { zone: timeZone }).endOf("day").toJSDate();
  return { opensAt, closesAt };
}
