import type { Attendee, RsvpAnswer } from "../../../domain/conference/conference-schemas.js";
import type { Translate } from "../../../i18n/translator.js";
import { attendeeLines } from "./conference-lines.js";

export type AnswerSummary = {
  unit: string;
  title: string;
  time: string;
  answer: RsvpAnswer;
  attendees: Attendee[];
  reason: string | null;
  previousAnswer: RsvpAnswer | null;
  namesLater?: boolean;
};

// What the person who answered reads back, and which earlier answer of the unit it replaces.
export function answerSummaryView(t: Translate, data: AnswerSummary) {
  const key = data.namesLater ? "attending_later" : data.answer;
  const summary = t(`conference.answered_${key}`, {
    unit: data.unit,
    title: data.title,
    time: data.time,
    people: attendeeLines(t, data.attendees).join("\n"),
    reason: data.reason ?? "",
  });
  const replaced = data.previousAnswer
    ? `\n${t("conference.answer_replaced", { previous: t(`attendees.answer_${data.previousAnswer}`) })}`
    : "";
  return { text: `${summary}${replaced}` };
}
