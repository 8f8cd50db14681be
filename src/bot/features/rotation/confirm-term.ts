import { findTermForYear } from "../../../domain/blocs/find-term-for-year.js";
import { setNextTerm } from "../../../domain/blocs/set-next-term.js";
import { isDomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { startOfZonedDay } from "../../../domain/reports/zoned-time.js";
import { formatDate } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { unitChoice, unitOfBloc } from "./unit-choice.js";
import { confirmTermView, termSetView } from "./rotation-views.js";

type Pair = { year: string; leaderUnitId: string; deputyUnitId: string };

// The last step before writing: the two units named, and the term already set for that year when there is one
// (confirming then replaces it).
export async function showConfirmation(ctx: BotContext, deps: BotDeps, data: Pair) {
  assertCan(ctx.actor, "term.set");
  const view = await confirmationView(ctx, deps, data);
  await ctx.answerCbQuery();
  await ctx.editMessageText(view.text, view.keyboard);
}

async function confirmationView(ctx: BotContext, deps: BotDeps, data: Pair) {
  const leader = unitChoice(await unitOfBloc(ctx, deps, data.leaderUnitId));
  const deputy = unitChoice(await unitOfBloc(ctx, deps, data.deputyUnitId));
  const existing = await findTermForYear(deps.db, { blocId: ctx.actor.bloc!.id, year: Number(data.year) });
  const replacing = existing && !existing.startedAt ? unitChoice(existing.leaderUnit).name : undefined;
  return confirmTermView(ctx.t, { ...data, leader: leader.name, deputy: deputy.name, replacing });
}

export async function confirmTerm(ctx: BotContext, deps: BotDeps, data: Pair & { replace: boolean }) {
  try {
    const term = await setNextTerm(deps.db, {
      actor: ctx.actor,
      blocId: ctx.actor.bloc!.id,
      year: Number(data.year),
      leaderUnitId: data.leaderUnitId,
      deputyUnitId: data.deputyUnitId,
      source: "board",
      replace: data.replace,
      timeZone: deps.timeZone,
      now: deps.clock(),
    });
    deps.outbox.notify();
    const view = termSetView(ctx.t, {
      year: term.year,
      leader: unitChoice(term.leaderUnit).name,
      deputy: term.deputyUnit ? unitChoice(term.deputyUnit).name : ctx.t("term.no_deputy"),
      started: term.startedAt !== null,
      startsOn: formatDate(startOfZonedDay(`${term.year}-01-01`, deps.timeZone), deps.timeZone),
    });
    await ctx.answerCbQuery();
    await ctx.editMessageText(view.text);
  } catch (error) {
    // Someone set that year meanwhile: ask again, now as a replacement, rather than a bare refusal.
    if (!isDomainError(error) || error.code !== "term.error_year_taken" || data.replace) throw error;
    const view = await confirmationView(ctx, deps, data);
    await ctx.answerCbQuery(ctx.t(error.code, error.params));
    await ctx.editMessageText(view.text, view.keyboard);
  }
}
