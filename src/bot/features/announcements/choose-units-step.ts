import { listUnits } from "../../../domain/blocs/list-units.js";
import { DomainError } from "../../../domain/domain-error.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";
import { loadDraft } from "./load-draft.js";
import { showPreview } from "./show-preview.js";
import { unitsView } from "./units-view.js";

export async function toggleUnitStep(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  const draft = await loadDraft(ctx, deps, ["units"]);
  if (!draft) return;
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  if (!units.some((unit) => unit.id === unitId)) throw new DomainError("invite.error_unknown_unit");
  const unitIds = draft.unitIds.includes(unitId)
    ? draft.unitIds.filter((id) => id !== unitId)
    : [...draft.unitIds, unitId];
  await announceWizard.save(ctx, deps, "units", { ...draft, unitIds });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(unitsView(ctx.t, { units, selected: unitIds }).keyboard.reply_markup);
}

export async function finishUnitsStep(ctx: BotContext, deps: BotDeps): Promise<void> {
  const draft = await loadDraft(ctx, deps, ["units"]);
  if (!draft) return;
  if (draft.unitIds.length === 0)
    return void (await ctx.answerCbQuery(ctx.t("announce.error_no_units"), { show_alert: true }));
  await ctx.answerCbQuery();
  await showPreview(ctx, deps, draft);
}
