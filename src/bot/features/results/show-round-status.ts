import { listRoundStatus } from "../../../domain/scoring/sheets/list-round-status.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { reviewStatusView } from "../scoring/review-views.js";

// The round's status for the leader unit (/review, and after opening a round or extending a sheet).
export async function showRoundStatus(ctx: BotContext, deps: BotDeps): Promise<void> {
  const status = await listRoundStatus(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    now: deps.clock(),
  });
  if (!status) return void (await ctx.reply(ctx.t("sheets.no_round")));
  const format = (instant: Date) => formatDateTime(instant, deps.timeZone);
  const view = reviewStatusView(ctx.t, {
    ...status,
    deadline: format(status.deadline),
    rows: status.rows.map((row) => ({ ...row, extendedUntil: row.extendedUntil ? format(row.extendedUntil) : null })),
  });
  await ctx.reply(view.text, view.keyboard);
}
