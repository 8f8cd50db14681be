import type { Db } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan, can } from "../../policy/policy.js";
import { scoreUnits } from "../calculate/score-units.js";
import { loadRoundScoring, type RoundScoring } from "./load-round-scoring.js";

export type RoundRankingRow = {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  // Of the unit's assigned max (bonus included); 0 when nothing is assigned.
  percent: number;
  band: string | null;
  bandLabel: string | null;
};

export type RoundRanking = {
  roundId: string;
  year: number;
  scaleTitle: string;
  totalMax: number;
  // True until every sheet is final and every target leaf has everyone's result.
  provisional: boolean;
  publishedAt: Date | null;
  // Published before every sheet was final (a later publication may still follow).
  publishedProvisional: boolean;
  // Best first.
  rows: RoundRankingRow[];
};

export type GetRoundRankingOptions = { actor: Actor; blocId: string; year: number; now: Date };

// The leader unit and the board see the ranking at any time (the preview before publishing); every other member
// only once it is published, and is told so before.
export function assertMayViewRanking(actor: Actor, round: Pick<RoundScoring["round"], "publishedAt" | "year">) {
  assertCan(actor, "results.view");
  if (!round.publishedAt && !can(actor, "results.publish"))
    throw new DomainError("results.error_not_published", { year: round.year });
}

// The bloc's year-end ranking from the round's sheets: final over review over self per leaf, target leaves relative
// across units, bands and ties from the scale (see loadRoundScoring and readRankingRules).
export async function getRoundRanking(db: Db, options: GetRoundRankingOptions): Promise<RoundRanking> {
  return rankRound(await loadViewableRound(db, options));
}

// The round, read once, for someone allowed to see its ranking.
export async function loadViewableRound(db: Db, options: GetRoundRankingOptions): Promise<RoundScoring> {
  if (options.actor.bloc?.id !== options.blocId && !options.actor.operator)
    throw new DomainError("results.error_no_round", { year: options.year });
  const loaded = await loadRoundScoring(db, options);
  assertMayViewRanking(options.actor, loaded.round);
  return loaded;
}

export function rankRound(loaded: RoundScoring): RoundRanking {
  const result = scoreUnits(loaded.scoring, loaded.units);
  return {
    roundId: loaded.round.id,
    year: loaded.round.year,
    scaleTitle: loaded.scale.title,
    totalMax: loaded.scale.totalMax,
    provisional: result.provisional || loaded.openSheets > 0,
    publishedAt: loaded.round.publishedAt,
    publishedProvisional: loaded.round.publishedProvisional,
    rows: result.units.map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.name,
      rank: unit.rank,
      total: unit.total,
      percent: unit.percent ?? 0,
      band: unit.sheetIn ? unit.band : null,
      bandLabel: unit.sheetIn && unit.band !== null ? (loaded.bandLabels[unit.band] ?? unit.band) : null,
    })),
  };
}
