import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed } from "./report-texts.js";
import { exportCompliance, newObligation, viewObligation } from "./reports-callbacks.js";

type OverviewPeriod = { label: KeyedText; dueDate: string; submitted: number };

export type OverviewRow = {
  obligation: { id: string; name: string; active: boolean };
  rule: KeyedText;
  owing: number;
  overdue: OverviewPeriod[];
  current: OverviewPeriod | null;
  nextDueDate: string | null;
};

// The leader's /reports: every obligation with its overdue periods and the one in progress, and the buttons.
export function reportsOverviewView(t: Translate, data: { rows: OverviewRow[]; year: string }) {
  const lines = [t("reports.overview_title", { count: data.rows.length })];
  data.rows.forEach((row, index) => {
    lines.push(
      t(row.obligation.active ? "reports.overview_line" : "reports.overview_line_paused", {
        index: index + 1,
        name: row.obligation.name,
        rule: keyed(t, row.rule),
      }),
      ...row.overdue.map((period) =>
        t("reports.overview_overdue", {
          period: keyed(t, period.label),
          due: displayDate(period.dueDate),
          submitted: period.submitted,
          owing: row.owing,
        }),
      ),
      row.current
        ? t("reports.overview_current", {
            period: keyed(t, row.current.label),
            due: displayDate(row.current.dueDate),
            submitted: row.current.submitted,
            owing: row.owing,
          })
        : t("reports.overview_next", { due: row.nextDueDate ? displayDate(row.nextDueDate) : "—" }),
    );
  });
  const buttons = data.rows.map((row) => [
    Markup.button.callback(`📊 ${row.obligation.name}`, viewObligation.pack({ obligationId: row.obligation.id })),
  ]);
  buttons.push([Markup.button.callback(t("reports.new_button"), newObligation.pack({}))]);
  buttons.push([Markup.button.callback(t("reports.compliance_button"), exportCompliance.pack({ year: data.year }))]);
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(buttons) };
}
