import { scoreUnits, type ScoringResult } from "../calculate/score-units.js";
import type { ScaleForScoring, UnitScoringInput } from "../calculate/scoring-types.js";

export type ScoringLayerResults = { self: ScoringResult; review: ScoringResult; final: ScoringResult };

// The results table shows, per unit and section, what the unit gave itself, what the bloc's review made of it
// and the final figure: the same calculation over the self layer alone, then with the review, then with all
// three (target leaves are relative across units, so each layer is scored for the whole bloc at once).
export function scoreResultLayers(scale: ScaleForScoring, units: UnitScoringInput[]): ScoringLayerResults {
  const selfOnly = units.map(({ review: _review, final: _final, ...unit }) => unit);
  const withReview = units.map(({ final: _final, ...unit }) => unit);
  return { self: scoreUnits(scale, selfOnly), review: scoreUnits(scale, withReview), final: scoreUnits(scale, units) };
}
