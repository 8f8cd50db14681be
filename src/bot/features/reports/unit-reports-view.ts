import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed, lateText } from "./report-texts.js";
import { submitPeriod } from "./reports-callbacks.js";

export type UnitPeriod = {
  periodId: string;
  obligationName: string;
  label: KeyedText;
  dueDate: string;
  overdue: boolean;
  current: { receiptNo: string; submittedAt: Date; lateDays: number } | null;
};

// A unit's /reports: each open period it owes, what it already sent, and a button to send (again).
export function unitReportsView(t: Translate, data: { unitName: string; periods: UnitPeriod[]; timeZone: string }) {
  if (data.periods.length === 0) return { text: t("reports.unit_none", { unit: data.unitName }), keyboard: undefined };
  const lines = [t("reports.unit_title", { unit: data.unitName })];
  for (const p of data.periods) {
    const status = p.current
      ? t("reports.unit_status_sent", {
          receipt: p.current.receiptNo,
          time: formatDateTime(p.current.submittedAt, data.timeZone),
          status: lateText(t, p.current.lateDays),
        })
      : t(p.overdue ? "reports.unit_status_overdue" : "reports.unit_status_open");
    lines.push(
      t("reports.unit_line", {
        name: p.obligationName,
        period: keyed(t, p.label),
        due: displayDate(p.dueDate),
        status,
      }),
    );
  }
  const buttons = data.periods.map((p) => [
    Markup.button.callback(
      t(p.current ? "reports.resubmit_for" : "reports.submit_for", {
        name: p.obligationName,
        period: keyed(t, p.label),
      }),
      submitPeriod.pack({ periodId: p.periodId }),
    ),
  ]);
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(buttons) };
}
