import { findBallotRules } from "../../../domain/ballots/find-ballot-rules.js";
import { openBallot } from "../../../domain/ballots/open-ballot.js";
import { findCurrentTerm } from "../../../domain/blocs/find-current-term.js";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { DomainError } from "../../../domain/domain-error.js";
import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { openBallotWizard, presetKinds, presetSeats, type OpenBallotFlow } from "./ballot-wizards.js";
import { candidatesStepView, confirmOpenView, presetName, rulesStepView, titlesStepView } from "./open-wizard-views.js";
import { flipRule, flipSeats, flipPreset, flipCandidate } from "./open-wizard-steps.js";

async function context(ctx: BotContext, deps: BotDeps) {
  const blocId = ctx.actor.bloc!.id;
  const units = await listUnits(deps.db, { blocId });
  const year = (await findCurrentTerm(deps.db, blocId))?.year ?? deps.clock().getUTCFullYear();
  return { blocId, units, year };
}

async function load(ctx: BotContext, deps: BotDeps, step: string): Promise<OpenBallotFlow> {
  assertCan(ctx.actor, "ballot.open");
  const state = await openBallotWizard.load(ctx, deps, [step]);
  if (!state) throw new DomainError("errors.stale_button");
  return state.data;
}

// Redraws the step's message in place after a button.
async function redraw(ctx: BotContext, deps: BotDeps, step: string, flow: OpenBallotFlow) {
  await openBallotWizard.save(ctx, deps, step, flow);
  const { units, year } = await context(ctx, deps);
  const view =
    step === "titles"
      ? titlesStepView(ctx.t, flow, year)
      : step === "candidates"
        ? candidatesStepView(ctx.t, { flow, units, year })
        : rulesStepView(ctx.t, flow, units.length);
  await ctx.answerCbQuery();
  await ctx.editMessageText(view.text, view.keyboard);
}

export async function startOpenBallot(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "ballot.open");
  const { blocId, year } = await context(ctx, deps);
  const flow: OpenBallotFlow = {
    presets: ["flag", "merit"],
    meritSeats: 3,
    candidates: [],
    titleIndex: 0,
    rules: await findBallotRules(deps.db, blocId),
  };
  await openBallotWizard.start(ctx, deps, "titles", flow);
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const view = titlesStepView(ctx.t, flow, year);
  await ctx.reply(view.text, view.keyboard);
}

export const onPreset = async (ctx: BotContext, deps: BotDeps, preset: OpenBallotFlow["presets"][number]) =>
  redraw(ctx, deps, "titles", flipPreset(await load(ctx, deps, "titles"), preset));
export const onSeats = async (ctx: BotContext, deps: BotDeps, delta: "up" | "down") =>
  redraw(ctx, deps, "titles", flipSeats(await load(ctx, deps, "titles"), delta));
export const onRule = async (ctx: BotContext, deps: BotDeps, rule: Parameters<typeof flipRule>[1]) =>
  redraw(ctx, deps, "rules", flipRule(await load(ctx, deps, "rules"), rule));

export async function onCandidate(ctx: BotContext, deps: BotDeps, index: number): Promise<void> {
  const flow = await load(ctx, deps, "candidates");
  const unit = (await context(ctx, deps)).units[index];
  if (!unit) throw new DomainError("errors.stale_button");
  await redraw(ctx, deps, "candidates", flipCandidate(flow, unit.id));
}

// "Tiếp": titles → the first title's candidates → … → rules → the deadline, asked as text.
export async function onNext(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "ballot.open");
  const state = await openBallotWizard.load(ctx, deps, ["titles", "candidates", "rules"]);
  if (!state) throw new DomainError("errors.stale_button");
  const flow = state.data;
  if (state.step === "titles") {
    if (flow.presets.length === 0) throw new DomainError("ballots.error_no_titles");
    const { units } = await context(ctx, deps);
    const ticked = flow.presets.map((p) => (presetKinds[p] === "commendation" ? [] : units.map((u) => u.id)));
    return redraw(ctx, deps, "candidates", { ...flow, candidates: ticked, titleIndex: 0 });
  }
  if (state.step === "candidates" && flow.titleIndex < flow.presets.length - 1)
    return redraw(ctx, deps, "candidates", { ...flow, titleIndex: flow.titleIndex + 1 });
  if (state.step === "candidates") return redraw(ctx, deps, "rules", flow);
  await openBallotWizard.save(ctx, deps, "deadline", flow);
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("ballots.ask_deadline"));
}

export async function handleOpenInput(ctx: BotContext, deps: BotDeps, { step, data }: WizardState<OpenBallotFlow>) {
  const text = ctx.message && "text" in ctx.message ? ctx.message.text.trim() : "";
  if (step !== "deadline" || !text) return void (await ctx.reply(ctx.t("announce.use_buttons")));
  const deadline = parseDeadline(text, { timeZone: deps.timeZone, now: deps.clock() });
  const flow = { ...data, deadline: deadline.toISOString() };
  await openBallotWizard.save(ctx, deps, "confirm", flow);
  const { units, year } = await context(ctx, deps);
  const view = confirmOpenView(ctx.t, { flow, units, unitsTotal: units.length, year, timeZone: deps.timeZone });
  await ctx.reply(view.text, view.keyboard);
}

export async function confirmOpenBallot(ctx: BotContext, deps: BotDeps): Promise<void> {
  const flow = await load(ctx, deps, "confirm");
  const { blocId, year } = await context(ctx, deps);
  await openBallot(deps.db, {
    actor: ctx.actor,
    blocId,
    year,
    titles: flow.presets.map((preset, i) => ({
      name: presetName(ctx.t, preset, year),
      seats: presetSeats(flow, preset),
      kind: presetKinds[preset],
      candidateUnitIds: flow.candidates[i]?.length ? flow.candidates[i] : undefined,
    })),
    rules: flow.rules,
    deadline: new Date(flow.deadline!),
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
  await openBallotWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("ballots.opened", { year }));
}
