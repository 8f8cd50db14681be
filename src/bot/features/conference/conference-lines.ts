import { conferenceDetails } from "../../../domain/conference/conference-details.js";
import type { Attendee } from "../../../domain/conference/conference-schemas.js";
import type { ConferenceUnitRow } from "../../../domain/conference/get-conference-overview.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";

export type ConferencePlan = { startsAt: Date; venue: string; chair: string; agenda: string };

// Time, venue, chair and agenda, one per line, worded like the invitation. The queued invitation carries the time
// as an instant for the sender to format; a reply formats it here, in the bloc's zone.
export function detailLines(t: Translate, conference: ConferencePlan, timeZone: string): string[] {
  return conferenceDetails(conference).map((line) =>
    t(line.key, { ...line.params, time: formatDateTime(conference.startsAt, timeZone) }),
  );
}

export function attendeeLines(t: Translate, attendees: Attendee[]): string[] {
  return attendees.map((person) => t("conference.attendee_line", { name: person.name, title: person.title }));
}

// One unit of the table: its standing answer, who comes, and its check-in.
export function unitRowLines(t: Translate, row: ConferenceUnitRow, timeZone: string): string[] {
  const unit = row.shortName ?? row.unitName;
  const lines = [t(`conference.row_${row.answer}`, { unit, reason: row.reason ?? "" })];
  if (row.answer === "attending" || row.answer === "deputy")
    lines.push(...attendeeLines(t, row.attendees).map((line) => `    ${line}`));
  if (row.answer === "attending" && row.attendees.length === 0) lines.push(t("conference.names_to_follow"));
  if (row.answers > 1)
    lines.push(
      t("conference.row_history", {
        count: row.answers,
        name: row.answeredByName ?? "?",
        time: formatDateTime(row.answeredAt!, timeZone),
      }),
    );
  if (row.checkedInAt) {
    lines.push(
      t(row.markedByLeader ? "conference.row_marked" : "conference.row_checked_in", {
        time: formatDateTime(row.checkedInAt, timeZone),
        name: row.checkedInByName ?? "?",
      }),
    );
  }
  return lines;
}

// Telegram allows 4096 characters a message; long tables go out in several messages, never splitting a line.
export function chunkLines(lines: string[], max = 3800): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + line.length + 1 > max) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}
