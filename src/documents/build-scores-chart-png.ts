import { chartFontFamily } from "./chart-fonts.js";
import { formatPoints } from "./compose-scoring-results-text.js";
import { escapeSvgText } from "./escape-svg-text.js";
import { renderChartPng } from "./render-chart-png.js";
import type { ScoringResultsReport, Translate } from "./scoring-results.js";

const width = 1200;
const rowHeight = 36;
const top = 64;
const bottom = 16;
const labelRight = 388;
const plotLeft = 400;
const plotRight = width - 90;
const labelSize = 15;
const labelMaxChars = Math.floor((labelRight - 12) / (labelSize * 0.56));
export const scoresBarColour = "#2E75B6";
// Where the rows are, for reading the picture back.
export const scoresChartLayout = { width, top, rowHeight, plotLeft, plotRight } as const;

const fitLabel = (text: string) => {
  const chars = [...text];
  return chars.length <= labelMaxChars
    ? text
    : `${chars
        .slice(0, labelMaxChars - 1)
        .join("")
        .trimEnd()}…`;
};

export function scoresChartSvg(report: ScoringResultsReport, t: Translate): string {
  const { units, provisional } = report.layers.final;
  const height = top + rowHeight * units.length + bottom;
  // One axis for every bar: the largest assigned maximum (or total, when the bonus takes a unit above it).
  const axis = Math.max(1, ...units.map((unit) => Math.max(unit.assignedMax, unit.total)));
  const x = (points: number) => plotLeft + Math.round(((plotRight - plotLeft) * Math.max(0, points)) / axis);
  const text = (attributes: string, value: string) => `<text ${attributes}>${escapeSvgText(value)}</text>`;
  const title = t("scoring.results_chart_title", { year: report.year, bloc: report.blocName });
  const size = Math.max(12, Math.min(20, Math.floor((width - 40) / ([...title].length * 0.6))));
  const parts = [
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    text(`x="${width / 2}" y="30" font-size="${size}" font-weight="bold" text-anchor="middle" fill="#1F1F1F"`, title),
  ];
  if (provisional)
    parts.push(
      text(
        `x="${width / 2}" y="52" font-size="14" font-style="italic" text-anchor="middle" fill="#C00000"`,
        t("scoring.results_chart_provisional"),
      ),
    );
  units.forEach((unit, i) => {
    const rowTop = top + rowHeight * i;
    const baseline = rowTop + 23;
    const label = fitLabel(`${unit.rank}. ${unit.name}`);
    parts.push(
      text(`x="${labelRight}" y="${baseline}" font-size="${labelSize}" text-anchor="end" fill="#1F1F1F"`, label),
    );
    const end = x(unit.total);
    if (end > plotLeft)
      parts.push(
        `<rect x="${plotLeft}" y="${rowTop + 6}" width="${end - plotLeft}" height="24" fill="${scoresBarColour}"/>`,
      );
    const value = unit.sheetIn ? formatPoints(unit.total, t) : t("scoring.results_no_sheet");
    parts.push(
      text(`x="${end + 8}" y="${baseline}" font-size="${labelSize}" font-weight="bold" fill="#1F1F1F"`, value),
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFontFamily}">${parts.join("")}</svg>`;
}

// A PNG bar chart of each unit's final points, best first, for a chat where the workbook would not be opened.
export async function buildScoresChartPng(report: ScoringResultsReport, t: Translate): Promise<Buffer> {
  return renderChartPng(scoresChartSvg(report, t));
}
