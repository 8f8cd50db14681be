import { chartFontFamily } from "./chart-fonts.js";
import type { ComplianceReport, Translate } from "./compliance-report.js";
import { complianceRateFor, complianceRateLabel, complianceUnitLabel } from "./compose-compliance-text.js";
import { escapeSvgText } from "./escape-svg-text.js";
import { renderChartPng } from "./render-chart-png.js";

const width = 1200;
const rowHeight = 36;
const top = 52;
const bottom = 28;
const labelRight = 348;
const plotLeft = 360;
// Room right of a full bar for its "100%" label.
const plotRight = width - 90;
const plotWidth = plotRight - plotLeft;
const labelSize = 15;
// About 0.56 em per character in Noto Sans: a longer unit label is cut so it never runs into the bars.
const labelMaxChars = Math.floor((labelRight - 12) / (labelSize * 0.56));
export const complianceBarColour = "#2E75B6";
// Where the rows and the 0–100% scale are, for reading the picture back.
export const complianceChartLayout = { width, top, rowHeight, labelRight, plotLeft, plotRight } as const;

function fitLabel(text: string): string {
  const chars = [...text];
  return chars.length <= labelMaxChars
    ? text
    : `${chars
        .slice(0, labelMaxChars - 1)
        .join("")
        .trimEnd()}…`;
}

// A long bloc name shrinks the bold title (about 0.6 em per character) rather than letting it run off the picture.
function titleSize(title: string): number {
  return Math.max(12, Math.min(20, Math.floor((width - 40) / ([...title].length * 0.6))));
}

export function chartHeight(unitCount: number): number {
  return top + rowHeight * unitCount + bottom;
}

// The SVG of the chart, separate from the rendering so its layout can be read as text.
export function complianceChartSvg(report: ComplianceReport, t: Translate): string {
  const height = chartHeight(report.units.length);
  const plotBottom = top + rowHeight * report.units.length;
  const x = (rate: number) => plotLeft + Math.round(plotWidth * Math.min(1, Math.max(0, rate)));
  const text = (attributes: string, value: string) => `<text ${attributes}>${escapeSvgText(value)}</text>`;
  const title = t("compliance.chart_title", { year: report.year, bloc: report.blocName, province: report.province });
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    text(
      `x="${width / 2}" y="32" font-size="${titleSize(title)}" font-weight="bold" text-anchor="middle" fill="#1F1F1F"`,
      title,
    ),
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(tick)}" y1="${top - 4}" x2="${x(tick)}" y2="${plotBottom}" stroke="${tick === 0 ? "#7F7F7F" : "#D9D9D9"}" stroke-width="1"/>`,
    );
    parts.push(
      text(
        `x="${x(tick)}" y="${plotBottom + 19}" font-size="13" text-anchor="middle" fill="#595959"`,
        complianceRateLabel(tick, t),
      ),
    );
  }
  report.units.forEach((unit, i) => {
    const rowTop = top + rowHeight * i;
    const baseline = rowTop + 23;
    parts.push(
      text(
        `x="${labelRight}" y="${baseline}" font-size="${labelSize}" text-anchor="end" fill="#1F1F1F"`,
        fitLabel(complianceUnitLabel(unit)),
      ),
    );
    const { rate } = complianceRateFor(report, unit.id);
    if (rate === null) {
      parts.push(
        text(
          `x="${plotLeft + 8}" y="${baseline}" font-size="${labelSize}" fill="#7F7F7F"`,
          complianceRateLabel(null, t),
        ),
      );
      return;
    }
    const end = x(rate);
    if (end > plotLeft)
      parts.push(
        `<rect x="${plotLeft}" y="${rowTop + 6}" width="${end - plotLeft}" height="24" fill="${complianceBarColour}"/>`,
      );
    parts.push(
      text(
        `x="${end + 8}" y="${baseline}" font-size="${labelSize}" font-weight="bold" fill="#1F1F1F"`,
        complianceRateLabel(rate, t),
      ),
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFontFamily}">${parts.join("")}</svg>`;
}

// A PNG bar chart of the on-time rate per unit, for sending in a chat where a workbook would not be opened.
export async function buildComplianceChart(report: ComplianceReport, t: Translate): Promise<Buffer> {
  return renderChartPng(complianceChartSvg(report, t));
}
