import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import type { ObligationSettings } from "../../../domain/reports/obligation-settings.js";
import type { DueShift } from "../../../domain/reports/work-calendar.js";
import type { Translate } from "../../../i18n/translator.js";
import { escalationText, keyed, reminderDaysText } from "./report-texts.js";
import {
  cycleShift,
  editField,
  pastPeriods,
  toggleObligation,
  viewPeriod,
  type ReportField,
} from "./reports-callbacks.js";

// A tap moves to the next rule for due dates on a day off.
export const nextShift: Record<DueShift, DueShift> = { previous: "next", next: "none", none: "previous" };

const editOrder: ReportField[] = ["due", "reminders", "escalations", "units", "cutoff", "name"];

export type ObligationDetail = {
  obligation: { id: string; name: string; active: boolean };
  settings: Pick<ObligationSettings, "reminders" | "reminderTime" | "escalations" | "shift" | "cutoffDay">;
  rule: KeyedText;
  owing: number;
  // Closed periods behind the ones shown.
  past: number;
};

// One obligation as the leader manages it: its settings, the overdue periods and then the one in progress (each
// unit's state), a button per change and one for the closed periods.
export function obligationView(
  t: Translate,
  data: { row: ObligationDetail; periods: { id: string; label: KeyedText; text: string }[] },
) {
  const { row } = data;
  const { settings } = row;
  const lines = [
    t("reports.obligation_detail", {
      name: row.obligation.name,
      rule: keyed(t, row.rule),
      units: row.owing,
      reminders: reminderDaysText(t, settings.reminders),
      time: settings.reminderTime,
      escalation: escalationText(t, settings.escalations),
      shift: t(`reports.shift_${settings.shift}`),
      cutoff: settings.cutoffDay,
      from: settings.cutoffDay + 1,
      state: t(row.obligation.active ? "reports.state_active" : "reports.state_paused"),
    }),
  ];
  for (const period of data.periods) lines.push("", period.text);
  const obligationId = row.obligation.id;
  const buttons = editOrder.map((field) => [
    Markup.button.callback(t(`reports.edit_${field}`), editField.pack({ obligationId, field })),
  ]);
  // Each period shown opens on its own, with a button per report sent.
  buttons.unshift(
    ...data.periods.map((period) => [
      Markup.button.callback(
        t("reports.period_files_button", { period: keyed(t, period.label) }),
        viewPeriod.pack({ periodId: period.id }),
      ),
    ]),
  );
  if (row.past > 0)
    buttons.push([
      Markup.button.callback(t("reports.past_button", { count: row.past }), pastPeriods.pack({ obligationId })),
    ]);
  buttons.push(
    [
      Markup.button.callback(
        t("reports.shift_button", { shift: t(`reports.shift_${nextShift[settings.shift]}`) }),
        cycleShift.pack({ obligationId }),
      ),
    ],
    [
      Markup.button.callback(
        t(row.obligation.active ? "reports.pause_button" : "reports.resume_button"),
        toggleObligation.pack({ obligationId }),
      ),
    ],
  );
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(buttons) };
}
