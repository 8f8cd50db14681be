export type { Translate } from "../i18n/translator.js";
export type { ScoringLayerResults } from "../domain/scoring/results/score-result-layers.js";
export type { ScoringResultsReport, ScoringResultsSection } from "../domain/scoring/results/scoring-results-report.js";
