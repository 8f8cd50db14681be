import { Markup } from "telegraf";
import type { CompliancePeriod, ComplianceReport } from "../../../domain/reports/compliance-report.js";
import { complianceRateLabel } from "../../../documents/compose-compliance-text.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate } from "./report-texts.js";
import { exportCompliance } from "./reports-callbacks.js";

type Report = Pick<ComplianceReport, "blocName" | "year" | "units" | "rates" | "obligations">;

const sent = (period: CompliancePeriod) =>
  Object.values(period.cells).filter((c) => c.status === "on_time" || c.status === "late").length;
const owing = (period: CompliancePeriod) => Object.values(period.cells).filter((c) => c.status !== "not_required");
// A period with a unit still "pending" is not due yet; one whose owing units all sent counts as settled either way.
const inProgress = (period: CompliancePeriod) => owing(period).some((c) => c.status === "pending");

// Per obligation: who is missing each period already due, the latest due period when it is complete, and how many
// have sent the next period (and any other not yet due that some unit already sent).
function periodLines(t: Translate, report: Report, unitName: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const obligation of report.obligations) {
    const periods = obligation.periods.filter((p) => owing(p).length > 0);
    const latestSettled = periods.filter((p) => !inProgress(p)).at(-1);
    const firstOpen = periods.find(inProgress);
    for (const period of periods) {
      const missing = Object.entries(period.cells)
        .filter(([, cell]) => cell.status === "missing")
        .map(([unitId]) => unitName(unitId));
      const common = { name: obligation.name, period: period.label };
      if (missing.length > 0) lines.push(t("compliance.missing_line", { ...common, units: missing.join(", ") }));
      else if (inProgress(period) && (period === firstOpen || sent(period) > 0))
        lines.push(
          t("compliance.pending_line", {
            ...common,
            due: displayDate(period.dueDate),
            sent: sent(period),
            owing: owing(period).length,
          }),
        );
      else if (period === latestSettled) lines.push(t("compliance.complete_line", common));
    }
  }
  return lines;
}

// /compliance: each unit's on-time rate for the year (rounded as on the chart), the periods' gaps, the Excel button.
export function complianceSummaryView(t: Translate, data: { report: Report }) {
  const { report } = data;
  const names = new Map(report.units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const unitName = (id: string) => names.get(id) ?? "?";
  const lines = [t("compliance.summary_title", { bloc: report.blocName, year: report.year })];
  for (const rate of report.rates) {
    lines.push(
      rate.rate === null
        ? t("compliance.unit_line_none", { unit: unitName(rate.unitId) })
        : t("compliance.unit_line", {
            unit: unitName(rate.unitId),
            rate: complianceRateLabel(rate.rate, t),
            onTime: rate.onTime,
            late: rate.late,
            missing: rate.missing,
            due: rate.due,
          }),
    );
  }
  lines.push(...periodLines(t, report, unitName));
  return {
    text: lines.join("\n"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("compliance.xlsx_button"), exportCompliance.pack({ year: String(report.year) }))],
    ]),
  };
}
