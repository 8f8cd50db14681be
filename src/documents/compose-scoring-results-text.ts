import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import type { ScoringResultsReport, Translate } from "./scoring-results.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type ScoringSummaryRow = {
  index: number;
  unit: string;
  total: number;
  bonus: number;
  assignedMax: number;
  percent: number | null;
  rank: number;
  band: string;
};

export type ScoringSectionText = {
  sheetName: string;
  title: string;
  rows: { index: number; unit: string; self: number | null; review: number | null; final: number | null }[];
};

// Every string of the results workbook and Word file, worded once so the two say the same.
export type ScoringResultsText = NationalHeaderText & {
  documentTitle: string;
  title: string;
  subtitle: string;
  status: string;
  provisional: boolean;
  summarySheetName: string;
  summaryColumns: string[];
  summaryRows: ScoringSummaryRow[];
  sectionColumns: string[];
  sections: ScoringSectionText[];
};

// Two decimals at most: a target leaf gives thirds (6.666…), which no one writes on paper.
export const roundPoints = (value: number) => Math.round(value * 100) / 100;

// Points as words for Word and the chart: the decimal separator comes from the locale (12,5 in Vietnamese).
export function formatPoints(value: number | null, t: Translate): string {
  if (value === null) return "";
  const [whole = "0", fraction] = String(Math.abs(roundPoints(value))).split(".");
  const text = fraction ? t("scoring.results_points_decimal", { whole, fraction }) : whole;
  return roundPoints(value) < 0 ? `-${text}` : text;
}

export function composeScoringResultsText(report: ScoringResultsReport, t: Translate): ScoringResultsText {
  const source = { ...report, leaderUnitName: null, kind: "results" as const };
  const header =
    report.leaderUnitName === null
      ? composeDocumentHeader(source, t)
      : composeDocumentHeader({ ...source, leaderUnitName: report.leaderUnitName }, t);
  const { self, review, final } = report.layers;
  const column = (name: string) => t(`scoring.results_column_${name}`);
  const bandOf = (unit: (typeof final.units)[number]) =>
    !unit.sheetIn
      ? t("scoring.results_no_sheet")
      : unit.band === null
        ? t("scoring.results_band_none")
        : toXmlSafeText(report.bandLabels[unit.band] ?? unit.band);
  const summaryRows = final.units.map((unit, i) => ({
    index: i + 1,
    unit: toXmlSafeText(unit.name),
    total: roundPoints(unit.total),
    bonus: roundPoints(unit.bonus),
    assignedMax: roundPoints(unit.assignedMax),
    percent: unit.percent === null ? null : roundPoints(unit.percent),
    rank: unit.rank,
    band: bandOf(unit),
  }));
  const pointsIn = (layer: typeof self, unitId: string, sectionId: string) => {
    const unit = layer.units.find((candidate) => candidate.unitId === unitId);
    const points = unit?.sheetIn ? unit.tree.node(sectionId)?.points : undefined;
    return points === undefined ? null : roundPoints(points);
  };
  const sections = report.sections.map((section) => ({
    sheetName: t("scoring.results_section_sheet", { code: section.code }),
    title: toXmlSafeText(
      t("scoring.results_section_title", { code: section.code, title: section.title, max: section.maxPoints }),
    ),
    rows: final.units.map((unit, i) => ({
      index: i + 1,
      unit: toXmlSafeText(unit.name),
      self: pointsIn(self, unit.unitId, section.id),
      review: pointsIn(review, unit.unitId, section.id),
      final: pointsIn(final, unit.unitId, section.id),
    })),
  }));
  return {
    ...header,
    documentTitle: t("scoring.results_document_title", { year: report.year }),
    title: t("scoring.results_title"),
    subtitle: t("scoring.results_subtitle", { year: report.year }),
    provisional: final.provisional,
    status: provisionalStatus(report, t),
    summarySheetName: t("scoring.results_summary_sheet"),
    summaryColumns: ["index", "unit", "total", "bonus", "assigned", "percent", "rank", "band"].map(column),
    summaryRows,
    sectionColumns: ["index", "unit", "self", "review", "final"].map(column),
    sections,
  };
}

// Missing sheets and target leaves waiting for figures say how far the table is from final; when every sheet is in
// but some are still under review, that is what keeps it provisional.
function provisionalStatus(report: ScoringResultsReport, t: Translate): string {
  const { final } = report.layers;
  if (!final.provisional) return t("scoring.results_final");
  if (final.missingSheets.length === 0 && final.pendingTargetLeaves.length === 0 && (report.openSheets ?? 0) > 0)
    return t("scoring.results_provisional_open", { sheets: report.openSheets ?? 0 });
  return t("scoring.results_provisional", {
    sheets: final.missingSheets.length,
    leaves: final.pendingTargetLeaves.length,
  });
}
