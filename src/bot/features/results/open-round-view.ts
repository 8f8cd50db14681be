import { Markup } from "telegraf";
import type { ReviewSchedule } from "../../../domain/scoring/sheets/review-schedule.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import * as callbacks from "./results-callbacks.js";

// The round about to open: its deadlines and schedule, open it or change a setting first.
export function openRoundView(
  t: Translate,
  data: { year: number; deadline: string; explanationDeadline: string; schedule: ReviewSchedule },
) {
  const { schedule } = data;
  const escalation = (to: "signatory" | "leader_unit") =>
    schedule.escalations.find((e) => e.to === to)?.workingDays ?? null;
  const signatory = escalation("signatory");
  const leader = escalation("leader_unit");
  const lines = [
    t("results.open_title", { year: data.year }),
    t("results.open_deadlines", { deadline: data.deadline, explanation: data.explanationDeadline }),
    t("results.open_reminders", { days: schedule.reminders.join(", "), time: schedule.reminderTime }),
    signatory === null && leader === null
      ? t("results.open_no_escalation")
      : t("results.open_escalations", { signatory: signatory ?? "–", leader: leader ?? "–" }),
  ];
  return {
    text: lines.join("\n"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("results.open_button"), callbacks.confirmOpenRound.pack({}))],
      [
        Markup.button.callback(t("results.change_reminders_button"), callbacks.changeRoundReminders.pack({})),
        Markup.button.callback(t("results.change_time_button"), callbacks.changeRoundTime.pack({})),
      ],
      [Markup.button.callback(t("results.change_escalations_button"), callbacks.changeRoundEscalations.pack({}))],
      cancelRow(t),
    ]),
  };
}
