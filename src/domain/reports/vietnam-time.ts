import { DateTime } from "luxon";

// Report dates are Vietnam dates whatever the server's zone; instants are built in this zone explicitly.
export const vietnamZone = "Asia/Ho_Chi_Minh";

export function startOfVietnamDay(date: string): Date {
  return DateTime.fromISO(date, { zone: vietnamZone }).startOf("day").toJSDate();
}

// Anything later than this instant is after the date in Vietnam (23:59:59.999 +07:00).
export function endOfVietnamDay(date: string): Date {
  return DateTime.fromISO(date, { zone: vietnamZone }).endOf("day").toJSDate();
}

export function vietnamDateOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: vietnamZone }).toISODate()!;
}

// "08:00" on a Vietnam date.
export function vietnamInstant(date: string, time: string): Date {
  const instant = DateTime.fromISO(`${date}T${time}`, { zone: vietnamZone });
  if (!instant.isValid) throw new Error(`Not a date and time: ${date} ${time}`);
  return instant.toJSDate();
}
