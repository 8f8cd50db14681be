import { Markup } from "telegraf";
import type { RoundRanking } from "../../../domain/scoring/results/get-round-ranking.js";
import { formatPoints } from "../../../documents/compose-scoring-results-text.js";
import type { Translate } from "../../../i18n/translator.js";
import * as callbacks from "./results-callbacks.js";

export type RankingViewData = {
  ranking: RoundRanking;
  // The viewer's unit, whose row is marked and repeated at the end.
  ownUnitId: string | null;
  canPublish: boolean;
  // When it was published (formatted) and whether as provisional.
  publishedAt: string | null;
  publishedProvisional: boolean;
};

// The ranking as a message: best first with points, share and band, "tạm tính" while provisional, when it was
// published; for the leader unit the publish button (the files follow as documents).
export function rankingView(t: Translate, data: RankingViewData) {
  const { ranking } = data;
  const lines = [t("results.ranking_title", { year: ranking.year, title: ranking.scaleTitle })];
  lines.push(ranking.provisional ? t("results.ranking_provisional") : t("results.ranking_final"));
  lines.push(
    data.publishedAt
      ? t(data.publishedProvisional ? "results.ranking_published_provisional_at" : "results.ranking_published_at", {
          at: data.publishedAt,
        })
      : t("results.ranking_not_published"),
  );
  for (const row of ranking.rows) {
    const band = row.bandLabel ? ` · ${row.bandLabel}` : "";
    const mark = row.unitId === data.ownUnitId ? "👉 " : "";
    lines.push(
      `${mark}${t("results.ranking_row", {
        rank: row.rank,
        unit: row.unitName,
        total: formatPoints(row.total, t),
        percent: formatPoints(row.percent, t),
      })}${band}`,
    );
  }
  const own = ranking.rows.find((row) => row.unitId === data.ownUnitId);
  if (own)
    lines.push(
      "",
      t("results.ranking_own", { rank: own.rank, count: ranking.rows.length, total: formatPoints(own.total, t) }),
    );
  // Published as final is for good; a provisional publication may be published again once final.
  const publishable = data.canPublish && (!data.publishedAt || (data.publishedProvisional && !ranking.provisional));
  const label = ranking.provisional ? "results.publish_provisional_button" : "results.publish_button";
  const year = String(ranking.year);
  const buttons = publishable ? [[Markup.button.callback(t(label), callbacks.publishRanking.pack({ year }))]] : [];
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(buttons) };
}
