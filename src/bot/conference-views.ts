import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Conference } from "../generated/prisma/client.js";
import { conferenceDetails } from "../domain/conference/conference-details.js";
import type { Attendee, RsvpAnswer } from "../domain/conference/conference-schemas.js";
import type { ConferenceUnitRow } from "../domain/conference/get-conference-overview.js";
import { formatDateTime } from "../i18n/format-date-time.js";
import type { Translate } from "../i18n/translator.js";
import { conferenceButtons } from "./conference-buttons.js";

// Time, venue, chair and agenda, one per line, worded like the invitation.
export function detailLines(
  t: Translate,
  conference: Pick<Conference, "startsAt" | "venue" | "chair" | "agenda">,
  timeZone: string,
): string[] {
  return conferenceDetails(conference, timeZone).map((line) => t(line.key, line.params as Record<string, string>));
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

// What the person who answered reads back.
export function answerSummary(
  t: Translate,
  options: {
    unit: string;
    title: string;
    time: string;
    answer: RsvpAnswer;
    attendees: Attendee[];
    reason: string | null;
  },
): string {
  const people = attendeeLines(t, options.attendees).join("\n");
  return t(`conference.answered_${options.answer}`, {
    unit: options.unit,
    title: options.title,
    time: options.time,
    people,
    reason: options.reason ?? "",
  });
}

export function describeOffsets(t: Translate, offsets: number[]): string {
  if (offsets.length === 0) return t("conference.offsets_off");
  return offsets
    .map((minutes) =>
      minutes % 1440 === 0
        ? t("conference.offset_days", { count: minutes / 1440 })
        : minutes % 60 === 0
          ? t("conference.offset_hours", { count: minutes / 60 })
          : t("conference.offset_minutes", { count: minutes }),
    )
    .join(", ");
}

// The same three answer buttons as the invitation, in the reader's language.
export function rsvpKeyboardRows(t: Translate, conferenceId: string): InlineKeyboardButton[][] {
  return conferenceButtons
    .rsvp(conferenceId)
    .map((row) =>
      (row as { textKey: string; callback_data: string }[]).map((button) =>
        Markup.button.callback(t(button.textKey), button.callback_data),
      ),
    );
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
