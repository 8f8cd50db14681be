import { DateTime } from "luxon";

// A start a week from today at 08:00, dd/MM/yyyy HH:mm in the app's time zone: the example a prompt shows, which
// is never refused when typed back.
export function exampleConferenceTime(options: { now: Date; timeZone: string }): string {
  return DateTime.fromJSDate(options.now, { zone: options.timeZone })
    .plus({ days: 7 })
    .set({ hour: 8, minute: 0, second: 0, millisecond: 0 })
    .toFormat("dd/MM/yyyy HH:mm");
}
