import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { notifySheet } from "../sheets/notify-sheet.js";
import { loadRoundScoring } from "./load-round-scoring.js";
import { rankRound } from "./get-round-ranking.js";

export type PublishResultsOptions = {
  actor: Actor;
  blocId: string;
  year: number;
  // The leader confirmed publishing before every sheet is final: the ranking is shown marked "tạm tính".
  provisional: boolean;
  now: Date;
};

// Công bố: the leader unit (or the board) shows the ranking to every unit. Only a final ranking (every sheet final,
// every target leaf complete) is published as it is; a provisional one only with the explicit confirmation, and
// it may be published again once final. Every member is told through the outbox.
export async function publishResults(db: Db, options: PublishResultsOptions) {
  assertCan(options.actor, "results.publish");
  if (options.actor.bloc?.id !== options.blocId && !options.actor.operator)
    throw new DomainError("results.error_no_round", { year: options.year });
  return db.$transaction(async (tx) => {
    const loaded = await loadRoundScoring(tx, options);
    const ranking = rankRound(loaded);
    // Published already: final for good, or provisional while it still is (publishing again says nothing new).
    const published = loaded.round.publishedAt !== null;
    if (published && (!loaded.round.publishedProvisional || ranking.provisional))
      throw new DomainError("results.error_already_published", { year: options.year });
    if (ranking.provisional && !options.provisional)
      throw new DomainError("results.error_not_final", { year: options.year, sheets: loaded.openSheets });
    const changed = await tx.reviewRound.updateMany({
      where: { id: loaded.round.id, publishedAt: loaded.round.publishedAt },
      data: {
        publishedAt: options.now,
        publishedById: options.actor.person?.id ?? null,
        publishedProvisional: ranking.provisional,
      },
    });
    if (changed.count !== 1) throw new DomainError("sheets.error_stale");
    const kind = ranking.provisional ? "provisional" : "final";
    await notifySheet(tx, {
      intentId: `results-published:${loaded.round.id}:${kind}`,
      blocId: options.blocId,
      audience: { kind: "bloc" },
      textKey: ranking.provisional ? "results.published_provisional_notice" : "results.published_notice",
      textParams: { year: options.year, units: ranking.rows.length },
      now: options.now,
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "results.published",
      subjectType: "review_round",
      subjectId: loaded.round.id,
      details: {
        year: options.year,
        provisional: ranking.provisional,
        ranks: ranking.rows.map((row) => ({ unitId: row.unitId, rank: row.rank, total: row.total })),
      },
      now: options.now,
    });
    return { roundId: loaded.round.id, provisional: ranking.provisional, units: ranking.rows.length };
  });
}
