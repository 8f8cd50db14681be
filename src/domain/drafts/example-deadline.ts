import { DateTime } from "luxon";

// A deadline a week from today, dd/MM/yyyy in the app's time zone: the example a prompt shows, never refused.
export function exampleDeadline(options: { now: Date; timeZone: string }): string {
  return DateTime.fromJSDate(options.now, { zone: options.timeZone }).plus({ days: 7 }).toFormat("dd/MM/yyyy");
}
