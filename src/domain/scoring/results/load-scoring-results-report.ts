import type { Db } from "../../../db/create-database.js";
import type { ScoringResultsReport } from "./scoring-results-report.js";
import { findCurrentTerm } from "../../blocs/find-current-term.js";
import { findDocumentSigning } from "../../blocs/find-document-signing.js";
import type { Actor } from "../../people/load-actor.js";
import { assertMayViewRanking } from "./get-round-ranking.js";
import { loadRoundScoring, type RoundScoring } from "./load-round-scoring.js";
import { scoreResultLayers } from "./score-result-layers.js";

export type LoadScoringResultsReportOptions = {
  actor: Actor;
  blocId: string;
  year: number;
  now: Date;
  timeZone: string;
  // The round as getRoundResults already read it.
  loaded?: RoundScoring;
};

// What the results files (.xlsx, .docx, chart) show for the bloc's round, under the same rule as the ranking:
// the leader unit and the board always, others once published. Until every sheet is final the final layer is
// marked provisional, as the ranking is.
export async function loadScoringResultsReport(
  db: Db,
  options: LoadScoringResultsReportOptions,
): Promise<ScoringResultsReport> {
  const loaded = options.loaded ?? (await loadRoundScoring(db, options));
  assertMayViewRanking(options.actor, loaded.round);
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const term = await findCurrentTerm(db, options.blocId);
  // The files name units in full.
  const units = loaded.units.map((unit) => ({ ...unit, name: loaded.fullNames[unit.unitId] ?? unit.name }));
  const layers = scoreResultLayers(loaded.scoring, units);
  return {
    blocName: bloc.name,
    province: bloc.province,
    leaderUnitName: term?.leaderUnit.name ?? null,
    year: loaded.round.year,
    date: options.now,
    timeZone: options.timeZone,
    signing: await findDocumentSigning(db, options.blocId),
    sections: loaded.sections,
    bandLabels: loaded.bandLabels,
    layers: { ...layers, final: { ...layers.final, provisional: layers.final.provisional || loaded.openSheets > 0 } },
    openSheets: loaded.openSheets,
  };
}
