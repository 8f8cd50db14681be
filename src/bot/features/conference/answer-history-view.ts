import type { RsvpAnswer, Attendee } from "../../../domain/conference/conference-schemas.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { attendeeLines } from "./conference-lines.js";

export type AnswerHistory = {
  title: string;
  answers: {
    unitName: string;
    personName: string;
    answer: RsvpAnswer;
    attendees: Attendee[];
    reason: string | null;
    at: Date;
  }[];
  timeZone: string;
};

// Every answer ever given, oldest first, with who gave it.
export function answerHistoryView(t: Translate, data: AnswerHistory) {
  const lines = [t("conference.history_title", { title: data.title, count: data.answers.length })];
  for (const entry of data.answers) {
    lines.push(
      t("conference.history_line", {
        time: formatDateTime(entry.at, data.timeZone),
        unit: entry.unitName,
        name: entry.personName,
        answer: t(entry.answer === "absent" ? "attendees.answer_absent_reason" : `attendees.answer_${entry.answer}`, {
          reason: entry.reason ?? "",
        }),
      }),
    );
    lines.push(...attendeeLines(t, entry.attendees).map((line) => `    ${line}`));
  }
  if (data.answers.length === 0) lines.push(t("conference.history_none"));
  return { text: lines.join("\n") };
}
