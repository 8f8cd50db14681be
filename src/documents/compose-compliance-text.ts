import { formatDateTime } from "../i18n/format-date-time.js";
import type {
  ComplianceCell,
  ComplianceRate,
  ComplianceReport,
  ComplianceStatus,
  ComplianceUnit,
  Translate,
} from "./compliance-report.js";
import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type ComplianceStatusText = { status: ComplianceStatus; text: string };

export type ComplianceCounts = { due: number; onTime: number; late: number; missing: number; rate: number | null };

export type ComplianceSummaryRow = ComplianceCounts & { index: number; unit: string };

export type ComplianceObligationText = {
  sheetName: string;
  title: string;
  columns: string[];
  rows: { index: number; unit: string; cells: ComplianceStatusText[] }[];
  noPeriods: string | null;
};

// Every string of the compliance workbook, worded once here so the sheets stay consistent with each other.
export type ComplianceText = NationalHeaderText & {
  documentTitle: string;
  headerLeaderUnit: null;
  title: string;
  subtitle: string;
  generatedAt: string;
  sheetSubtitle: string;
  summarySheetName: string;
  summaryColumns: string[];
  summaryRows: ComplianceSummaryRow[];
  total: ComplianceCounts & { label: string };
  noRate: string;
  rateNote: string;
  legend: string;
  obligations: ComplianceObligationText[];
};

// The chart has little room, so it prefers the short name; the workbook is a formal document and uses the full one.
export function complianceUnitLabel(unit: ComplianceUnit): string {
  return toXmlSafeText(unit.shortName?.trim() || unit.name);
}

// One decimal, dropped when it is zero; the decimal separator comes from the locale (87,5% in Vietnamese).
export function complianceRateLabel(rate: number | null, t: Translate): string {
  if (rate === null) return t("compliance.no_rate");
  const tenths = Math.round(rate * 1000);
  const whole = Math.floor(tenths / 10);
  const tenth = tenths % 10;
  return tenth === 0 ? t("compliance.rate_whole", { whole }) : t("compliance.rate_decimal", { whole, tenth });
}

export function complianceRateFor(report: ComplianceReport, unitId: string): ComplianceRate {
  return (
    report.rates.find((rate) => rate.unitId === unitId) ?? {
      unitId,
      due: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      rate: null,
    }
  );
}

// A unit with no cell for a period is one the obligation does not reach.
const notRequired: ComplianceCell = { status: "not_required", lateDays: 0, submittedAt: null, receiptNo: null };

function statusText(cell: ComplianceCell, report: ComplianceReport, t: Translate): string {
  const lines = [
    cell.status === "late"
      ? t("compliance.status_late", { days: cell.lateDays })
      : t(`compliance.status_${cell.status}`),
  ];
  const receipt = cell.receiptNo?.trim();
  if (receipt) lines.push(t("compliance.cell_receipt", { receipt }));
  if (cell.submittedAt)
    lines.push(t("compliance.cell_submitted", { time: formatDateTime(cell.submittedAt, report.timeZone) }));
  return toXmlSafeText(lines.join("\n"));
}

function dueDateText(dueDate: string): string {
  const [year = "", month = "", day = ""] = dueDate.split("-");
  return `${day}/${month}/${year}`;
}

export function composeComplianceText(report: ComplianceReport, t: Translate): ComplianceText {
  const safe = (text: string) => toXmlSafeText(text);
  const year = { year: report.year };
  const generated = formatDateTime(report.generatedAt, report.timeZone);
  const summaryRows = report.units.map((unit, i) => {
    const { due, onTime, late, missing, rate } = complianceRateFor(report, unit.id);
    return { index: i + 1, unit: safe(unit.name), due, onTime, late, missing, rate };
  });
  const sum = (pick: (row: ComplianceSummaryRow) => number) => summaryRows.reduce((total, row) => total + pick(row), 0);
  const due = sum((row) => row.due);
  const onTime = sum((row) => row.onTime);
  return {
    documentTitle: safe(t("compliance.document_title", year)),
    ...composeDocumentHeader(
      {
        blocName: report.blocName,
        province: report.province,
        leaderUnitName: null,
        date: report.generatedAt,
        timeZone: report.timeZone,
        kind: "compliance",
        signing: report.signing,
      },
      t,
    ),
    title: safe(t("compliance.title")),
    subtitle: safe(t("compliance.subtitle", year)),
    generatedAt: safe(t("compliance.generated_at", { time: generated.slice(11), date: generated.slice(0, 10) })),
    sheetSubtitle: safe(
      t("compliance.sheet_subtitle", { ...year, time: generated.slice(11), date: generated.slice(0, 10) }),
    ),
    summarySheetName: safe(t("compliance.sheet_summary")),
    summaryColumns: ["col_index", "col_unit", "col_due", "col_on_time", "col_late", "col_missing", "col_rate"].map(
      (key) => safe(t(`compliance.${key}`)),
    ),
    summaryRows,
    total: {
      label: safe(t("compliance.total")),
      due,
      onTime,
      late: sum((row) => row.late),
      missing: sum((row) => row.missing),
      rate: due === 0 ? null : onTime / due,
    },
    noRate: safe(t("compliance.no_rate")),
    rateNote: safe(t("compliance.rate_note")),
    legend: safe(t("compliance.legend")),
    obligations: report.obligations.map((obligation) => ({
      sheetName: safe(obligation.name),
      title: safe(obligation.name).toLocaleUpperCase("vi"),
      columns: [
        safe(t("compliance.col_index")),
        safe(t("compliance.col_unit")),
        ...obligation.periods.map((period) =>
          safe(t("compliance.col_period", { period: period.label, date: dueDateText(period.dueDate) })),
        ),
      ],
      rows: report.units.map((unit, i) => ({
        index: i + 1,
        unit: safe(unit.name),
        cells: obligation.periods.map((period) => {
          const cell = period.cells[unit.id] ?? notRequired;
          return { status: cell.status, text: statusText(cell, report, t) };
        }),
      })),
      noPeriods: obligation.periods.length === 0 ? safe(t("compliance.no_periods")) : null,
    })),
  };
}
