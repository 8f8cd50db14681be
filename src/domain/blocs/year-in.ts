import { zonedDateOf } from "../reports/zoned-time.js";

// The calendar year of an instant in the zone: a term's year turns at midnight on 1 January there.
export function yearIn(instant: Date, timeZone: string): number {
  return Number(zonedDateOf(instant, timeZone).slice(0, 4));
}
