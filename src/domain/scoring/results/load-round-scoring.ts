import type { Db, Tx } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { ScaleForScoring, UnitScoringInput } from "../calculate/scoring-types.js";
import { loadScaleForScoring } from "../scale/load-scale-for-scoring.js";
import { loadSheetEntries } from "./load-sheet-entries.js";
import { readRankingRules } from "./read-ranking-rules.js";

export type RoundScoring = {
  round: { id: string; year: number; publishedAt: Date | null; publishedProvisional: boolean };
  scale: { id: string; title: string; totalMax: number };
  scoring: ScaleForScoring;
  bandLabels: Record<string, string>;
  sections: { id: string; code: string; title: string; maxPoints: number }[];
  // Named by their short name (the chat); fullNames has each one's full name (the administrative files).
  units: UnitScoringInput[];
  fullNames: Record<string, string>;
  // Sheets not yet final (the ranking is provisional until there are none).
  openSheets: number;
};

// A bloc's round for the year as plain engine inputs: the scale with its bands and tie rule, and per unit (in the
// bloc file's order) the entries of each layer. A sheet still a draft is not in: its unit is listed without
// figures ("chưa gửi phiếu") and the ranking is provisional. Reads the scale, the sheets and their entries once.
export async function loadRoundScoring(db: Db | Tx, options: { blocId: string; year: number }): Promise<RoundScoring> {
  const round = await db.reviewRound.findUnique({
    where: { blocId_year: { blocId: options.blocId, year: options.year } },
    include: { sheets: true },
  });
  if (!round) throw new DomainError("results.error_no_round", { year: options.year });
  const scale = await loadScaleForScoring(db, round.scaleId);
  const roots = scale.nodes.filter((node) => node.parentId === null);
  const rules = readRankingRules({
    totalMax: scale.totalMax,
    bands: scale.bands,
    tieRule: scale.tieRule,
    sectionCodes: roots.map((node) => node.code),
  });
  const units = await db.unit.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const bySheet = await loadSheetEntries(db, round.id);
  const sheetOf = new Map(round.sheets.map((sheet) => [sheet.unitId, sheet]));
  const inputs: UnitScoringInput[] = [];
  for (const unit of units) {
    const sheet = sheetOf.get(unit.id);
    if (!sheet) continue;
    const figures = sheet.state === "draft" ? null : (bySheet.get(sheet.id) ?? { self: [], review: [], final: [] });
    inputs.push({
      unitId: unit.id,
      name: unit.shortName ?? unit.name,
      self: figures ? figures.self : null,
      ...(figures ? { review: figures.review, final: figures.final } : {}),
    });
  }
  return {
    round: {
      id: round.id,
      year: round.year,
      publishedAt: round.publishedAt,
      publishedProvisional: round.publishedProvisional,
    },
    scale: { id: round.scaleId, title: scale.title, totalMax: scale.totalMax },
    scoring: { nodes: scale.nodes, bonusCap: scale.bonusCap, tieRule: rules.tieRule, bands: rules.bands },
    bandLabels: rules.bandLabels,
    sections: roots.map(({ id, code, title, maxPoints }) => ({ id, code, title, maxPoints })),
    units: inputs,
    fullNames: Object.fromEntries(units.map((unit) => [unit.id, unit.name])),
    openSheets: round.sheets.filter((sheet) => sheet.state !== "final").length,
  };
}
