import { DateTime } from "luxon";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { DomainError } from "../domain-error.js";
import { exampleConferenceTime } from "./example-conference-time.js";

// "20/03/2026 08:00" (also 8:00, 8h00, 8g00) in the bloc's time zone, whatever TZ the server runs under.
// A conference needs its hour, so a day alone is refused; so is a time that has passed.
export function parseConferenceTime(text: string, options: { timeZone: string; now: Date }): Date {
  const shown = text.trim().slice(0, 40);
  const refuse = () =>
    new DomainError("conference.error_bad_time", { text: shown, example: exampleConferenceTime(options) });
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(?:lúc\s+)?(\d{1,2})[:hg](\d{2})?)?\s*$/iu.exec(text);
  if (!match) throw refuse();
  const [, day, month, year, hour, minute] = match;
  if (hour === undefined) throw new DomainError("conference.error_no_time", { text: shown });
  const at = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: minute ? Number(minute) : 0,
    },
    { zone: options.timeZone },
  );
  if (!at.isValid || Number(hour) > 23) throw refuse();
  const startsAt = at.toJSDate();
  if (startsAt <= options.now)
    throw new DomainError("conference.error_past_time", { time: formatDateTime(startsAt, options.timeZone) });
  return startsAt;
}
