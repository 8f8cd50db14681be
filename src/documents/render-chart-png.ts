import { loadResvg } from "../domain/files/load-on-first-use.js";
import { chartFontFamily, chartFontFiles } from "./chart-fonts.js";

// Every chart the bot draws is an SVG rendered here with the fonts shipped in node_modules (chart-fonts.ts).
export async function renderChartPng(svg: string): Promise<Buffer> {
  const image = await loadResvg().renderAsync(svg, {
    background: "#FFFFFF",
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: chartFontFamily },
  });
  return image.asPng();
}
