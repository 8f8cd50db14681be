import { Markup } from "telegraf";
import { closeBallot } from "../../../domain/ballots/close-ballot.js";
import { getBallotResults } from "../../../domain/ballots/get-ballot-results.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { confirmClose } from "./ballot-callbacks.js";
import { ballotResultsView } from "./ballot-results-view.js";

// "Kết thúc bỏ phiếu" asks once more: closing cannot be undone.
export async function askClose(ctx: BotContext, _deps: BotDeps, ballotId: string): Promise<void> {
  assertCan(ctx.actor, "ballot.close");
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("ballots.ask_close"),
    Markup.inlineKeyboard([
      [Markup.button.callback(ctx.t("ballots.confirm_close_button"), confirmClose.pack({ ballotId }))],
      [Markup.button.callback(ctx.t("common.cancel"), dismiss.pack({}))],
    ]),
  );
}

export async function confirmCloseBallot(ctx: BotContext, deps: BotDeps, ballotId: string): Promise<void> {
  await closeBallot(deps.db, { actor: ctx.actor, blocId: ctx.actor.bloc?.id ?? "", ballotId, now: deps.clock() });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await showBallotResults(ctx, deps, ballotId, { edit: true });
}

// The results of a closed ballot (for everyone in the bloc); the documents for the leader and the board.
export async function showBallotResults(ctx: BotContext, deps: BotDeps, ballotId: string, options = { edit: false }) {
  assertCan(ctx.actor, "ballot.view");
  const results = await getBallotResults(deps.db, { blocId: ctx.actor.bloc!.id, ballotId });
  const view = ballotResultsView(ctx.t, {
    results,
    locale: ctx.locale,
    documents: can(ctx.actor, "ballot.documents"),
    canOpen: can(ctx.actor, "ballot.open"),
  });
  if (options.edit) return void (await ctx.editMessageText(view.text, view.keyboard));
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await ctx.reply(view.text, view.keyboard);
}
