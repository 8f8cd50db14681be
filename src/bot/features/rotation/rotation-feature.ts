import { Composer } from "telegraf";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { startNextYear } from "../../../domain/blocs/start-next-year.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { activateScale } from "../../../domain/scoring/scale/activate-scale.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import {
  scaleActivate,
  termConfirm,
  termDeputy,
  termLeader,
  termOpen,
  termReplace,
  termStartYear,
} from "./rotation-callbacks.js";
import { confirmTerm, showConfirmation } from "./confirm-term.js";
import { pickDeputyView, pickLeaderView, yearPreparedView } from "./rotation-views.js";
import { unitChoice, unitOfBloc } from "./unit-choice.js";

// Handing the bloc to next year's leader: the board's buttons under /bloc, and the new leader unit's "start the
// year" on the term-start notice. Every press is checked again (the service checks once more when it writes).
export function rotationFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onButton(feature, termOpen, async (ctx, data) => {
    assertCan(ctx.actor, "term.set");
    const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
    const view = pickLeaderView(ctx.t, { year: data.year, units: units.map(unitChoice) });
    await ctx.answerCbQuery();
    await ctx.reply(view.text, view.keyboard);
  });
  onButton(feature, termLeader, async (ctx, data) => {
    assertCan(ctx.actor, "term.set");
    const leader = await unitOfBloc(ctx, deps, data.leaderUnitId);
    const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
    const view = pickDeputyView(ctx.t, { year: data.year, leader: unitChoice(leader), units: units.map(unitChoice) });
    await ctx.answerCbQuery();
    await ctx.editMessageText(view.text, view.keyboard);
  });
  onButton(feature, termDeputy, (ctx, data) => showConfirmation(ctx, deps, data));
  onButton(feature, termConfirm, (ctx, data) => confirmTerm(ctx, deps, { ...data, replace: false }));
  onButton(feature, termReplace, (ctx, data) => confirmTerm(ctx, deps, { ...data, replace: true }));
  onButton(feature, termStartYear, async (ctx, data) => {
    const result = await startNextYear(deps.db, {
      actor: ctx.actor,
      termId: data.termId,
      now: deps.clock(),
      timeZone: deps.timeZone,
    });
    const view = yearPreparedView(ctx.t, result);
    await ctx.answerCbQuery();
    await ctx.reply(view.text, view.keyboard);
  });
  onButton(feature, scaleActivate, async (ctx, data) => {
    const scale = await activateScale(deps.db, { actor: ctx.actor, scaleId: data.scaleId, now: deps.clock() });
    await ctx.answerCbQuery();
    await ctx.reply(ctx.t("term.scale_activated", { title: scale.title, year: scale.year }));
  });
  return feature;
}
