import { Markup } from "telegraf";
import type { ComplianceReport } from "../../../domain/reports/compliance-report.js";
import type { Translate } from "../../../i18n/translator.js";
import { exportCompliance } from "./reports-callbacks.js";

type Report = Pick<ComplianceReport, "blocName" | "year" | "units" | "rates" | "obligations">;

// The latest period already due of each obligation, with who has still not sent it.
function missingLines(t: Translate, report: Report, unitName: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const obligation of report.obligations) {
    const latest = obligation.periods
      .filter((p) => Object.values(p.cells).some((c) => c.status !== "pending" && c.status !== "not_required"))
      .at(-1);
    if (!latest) continue;
    const missing = Object.entries(latest.cells)
      .filter(([, cell]) => cell.status === "missing")
      .map(([unitId]) => unitName(unitId));
    lines.push(
      missing.length > 0
        ? t("compliance.missing_line", { name: obligation.name, period: latest.label, units: missing.join(", ") })
        : t("compliance.complete_line", { name: obligation.name, period: latest.label }),
    );
  }
  return lines;
}

// /compliance: each unit's on-time rate for the year, who is missing the latest reports, and the Excel button.
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
            rate: Math.round(rate.rate * 100),
            onTime: rate.onTime,
            late: rate.late,
            missing: rate.missing,
            due: rate.due,
          }),
    );
  }
  lines.push(...missingLines(t, report, unitName));
  return {
    text: lines.join("\n"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("compliance.xlsx_button"), exportCompliance.pack({ year: String(report.year) }))],
    ]),
  };
}
