import { DateTime } from "luxon";
import { DomainError } from "../domain-error.js";
import { exampleDeadline } from "./example-deadline.js";

// "dd/MM/yyyy" or "dd/MM/yyyy HH:mm" in the app's time zone; a day alone means 17:00, the end of office hours.
export function parseDeadline(text: string, options: { timeZone: string; now: Date }): Date {
  const refusal = () =>
    new DomainError("drafts.error_bad_date", { text: text.slice(0, 40), example: exampleDeadline(options) });
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:hg](\d{2}))?\s*$/i.exec(text);
  if (!match) throw refusal();
  const [, day, month, year, hour, minute] = match;
  const at = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: hour ? Number(hour) : 17,
      minute: minute ? Number(minute) : 0,
    },
    { zone: options.timeZone },
  );
  if (!at.isValid) throw refusal();
  const deadline = at.toJSDate();
  if (deadline <= options.now) throw new DomainError("drafts.error_past_date");
  return deadline;
}
