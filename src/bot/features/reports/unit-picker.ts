import { listUnits } from "../../../domain/blocs/list-units.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale } from "../../create-callback-data.js";
import { applyEdit } from "./edit-obligation-wizard.js";
import { askReminders } from "./new-obligation-wizard.js";
import {
  editObligationWizard,
  newObligationWizard,
  type EditObligationFlow,
  type NewObligationFlow,
} from "./reports-wizards.js";
import { unitPickerView } from "./unit-picker-view.js";

async function pickerView(ctx: BotContext, deps: BotDeps, selected: string[] | null) {
  return unitPickerView(ctx.t, { units: await listUnits(deps.db, { blocId: ctx.actor.bloc!.id }), selected });
}

export async function askUnits(ctx: BotContext, deps: BotDeps, selected: string[] | null): Promise<void> {
  const view = await pickerView(ctx, deps, selected);
  await ctx.reply(view.text, view.keyboard);
}

type Picker = { wizard: "new"; data: NewObligationFlow } | { wizard: "edit"; data: EditObligationFlow };

// The picker serves both wizards: a new obligation's units, and changing an obligation's units.
async function loadPicker(ctx: BotContext, deps: BotDeps): Promise<Picker | null> {
  assertCan(ctx.actor, "reports.manage");
  const created = await newObligationWizard.load(ctx, deps, ["units"]);
  if (created) return { wizard: "new", data: created.data };
  const edited = await editObligationWizard.load(ctx, deps, ["units"]);
  if (edited) return { wizard: "edit", data: edited.data };
  await answerStale(ctx);
  return null;
}

async function saveSelection(ctx: BotContext, deps: BotDeps, picker: Picker, unitIds: string[] | null) {
  if (picker.wizard === "new") await newObligationWizard.save(ctx, deps, "units", { ...picker.data, unitIds });
  else await editObligationWizard.save(ctx, deps, "units", { ...picker.data, unitIds });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup((await pickerView(ctx, deps, unitIds)).keyboard.reply_markup);
}

// "All units" ticked is tapped again to start from none, so picking a few is as short as leaving a few out.
export async function chooseAllUnits(ctx: BotContext, deps: BotDeps): Promise<void> {
  const picker = await loadPicker(ctx, deps);
  if (picker) await saveSelection(ctx, deps, picker, picker.data.unitIds === null ? [] : null);
}

// With every unit ticked, one tap leaves that unit out; ticking the last one missing means all again.
export async function toggleReportUnit(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  const picker = await loadPicker(ctx, deps);
  if (!picker) return;
  const all = (await listUnits(deps.db, { blocId: ctx.actor.bloc!.id })).map((unit) => unit.id);
  const current = picker.data.unitIds ?? all;
  const unitIds = current.includes(unitId) ? current.filter((id) => id !== unitId) : [...current, unitId];
  await saveSelection(ctx, deps, picker, all.every((id) => unitIds.includes(id)) ? null : unitIds);
}

export async function finishReportUnits(ctx: BotContext, deps: BotDeps): Promise<void> {
  const picker = await loadPicker(ctx, deps);
  if (!picker) return;
  const { unitIds } = picker.data;
  if (Array.isArray(unitIds) && unitIds.length === 0)
    return void (await ctx.answerCbQuery(ctx.t("reports.error_no_units"), { show_alert: true }));
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined);
  if (picker.wizard === "edit") return applyEdit(ctx, deps, picker.data, { unitIds: unitIds ?? null });
  await askReminders(ctx, deps, picker.data);
}
