import { Markup } from "telegraf";
import { assertCan } from "../../../domain/policy/policy.js";
import { getRoundRanking } from "../../../domain/scoring/results/get-round-ranking.js";
import { publishResults } from "../../../domain/scoring/results/publish-results.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { cancelRow } from "../wizard/cancel-row.js";
import * as callbacks from "./results-callbacks.js";

// "📢 Công bố": a final ranking is published at once; a provisional one asks for an explicit confirmation first.
export async function publishPressed(ctx: BotContext, deps: BotDeps, year: number): Promise<void> {
  assertCan(ctx.actor, "results.publish");
  const blocId = ctx.actor.bloc?.id ?? "";
  const ranking = await getRoundRanking(deps.db, { actor: ctx.actor, blocId, year, now: deps.clock() });
  if (!ranking.provisional) return publish(ctx, deps, year, false);
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("results.confirm_provisional", { year }),
    Markup.inlineKeyboard([
      [
        Markup.button.callback(
          ctx.t("results.confirm_provisional_button"),
          callbacks.publishProvisional.pack({ year: String(year) }),
        ),
      ],
      cancelRow(ctx.t),
    ]),
  );
}

export async function publish(ctx: BotContext, deps: BotDeps, year: number, provisional: boolean): Promise<void> {
  const blocId = ctx.actor.bloc?.id ?? "";
  const result = await publishResults(deps.db, { actor: ctx.actor, blocId, year, provisional, now: deps.clock() });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t(result.provisional ? "results.published_provisional_reply" : "results.published_reply", {
      year,
      units: result.units,
    }),
  );
}
