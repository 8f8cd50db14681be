import { DateTime } from "luxon";

// The zone when APP_TIMEZONE is not set (the env schema's default): the bloc is in Vietnam.
export const defaultTimeZone = "Asia/Ho_Chi_Minh";

// Report dates are calendar dates in the bloc's zone (APP_TIMEZONE), whatever the server's zone; every instant is
// built in an explicitly given zone, never a hard-coded one.
export function startOfZonedDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).startOf("day").toJSDate();
}

// Anything later than this instant is after the date in the zone (23:59:59.999 local).
export function endOfZonedDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).endOf("day").toJSDate();
}

export function zonedDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

// "08:00" on a date in the zone.
export function zonedInstant(date: string, time: string, zone: string): Date {
  const instant = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!instant.isValid) throw new Error(`Not a date and time: ${date} ${time}`);
  return instant.toJSDate();
}
