import type { Band, TieKey, TieRule } from "../calculate/scoring-types.js";
import type { ScaleBand } from "../scale/scale-file-schema.js";
import { foldText } from "../scale/fold-text.js";

export type RankingRules = { bands: Band[]; bandLabels: Record<string, string>; tieRule: TieRule };

const tieKeyPattern = /^(total|points|name|section:[^\s,]+)$/;

// The scale file states bands in points of its total and the tie rule as a sentence for people. The engine wants
// shares and keys: a band's share is its minPoints ÷ totalMax (a unit with leaves not assigned is measured against
// its own assigned max), and its key is the folded label. A tie rule written as engine keys ("total, section:I") is
// used as it is; a sentence naming sections ("… điểm mục I cao hơn …") compares those sections after the total;
// any other sentence leaves equal totals tied (same rank), which the leader settles when proposing commendations.
export function readRankingRules(options: {
  totalMax: number;
  bands: ScaleBand[];
  tieRule: string | null;
  sectionCodes: string[];
}): RankingRules {
  const bands: Band[] = [];
  const bandLabels: Record<string, string> = {};
  for (const band of options.bands) {
    const key = foldText(band.label).replace(/ /g, "_") || `band_${bands.length + 1}`;
    bands.push({ key, minShare: options.totalMax > 0 ? band.minPoints / options.totalMax : 0 });
    bandLabels[key] = band.label;
  }
  return { bands, bandLabels, tieRule: { order: readTieOrder(options.tieRule, options.sectionCodes) } };
}

function readTieOrder(text: string | null, sectionCodes: string[]): TieKey[] {
  if (!text) return ["total"];
  const tokens = text.split(",").map((token) => token.trim());
  if (tokens.every((token) => tieKeyPattern.test(token))) return tokens as TieKey[];
  const named = [...foldText(text).matchAll(/\bmuc ([a-z0-9]+)\b/g)].map((match) => match[1]!);
  // In the sentence's order, each section once.
  const sections = [...new Set(named.flatMap((name) => sectionCodes.filter((code) => foldText(code) === name)))];
  return ["total", ...sections.map((code): TieKey => `section:${code}`)];
}
