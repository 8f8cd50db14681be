import type { Audience } from "../../../domain/announcements/announcement-draft-schema.js";
import { listUnits } from "../../../domain/blocs/list-units.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";
import { askAudience } from "./ask-audience.js";
import { loadDraft } from "./load-draft.js";
import { showPreview } from "./show-preview.js";
import { unitsView } from "./units-view.js";

// "Không đính kèm": straight on to the audience.
export async function skipAttachmentStep(ctx: BotContext, deps: BotDeps): Promise<void> {
  const draft = await loadDraft(ctx, deps, ["attach"]);
  if (!draft) return;
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await askAudience(ctx, deps, draft);
}

// An audience button; the author may still change their mind at the units list or the preview.
export async function chooseAudienceStep(ctx: BotContext, deps: BotDeps, audience: Audience): Promise<void> {
  const draft = await loadDraft(ctx, deps, ["audience", "units", "confirm"]);
  if (!draft) return;
  const next = { ...draft, audience };
  await ctx.answerCbQuery();
  if (audience !== "units") return showPreview(ctx, deps, next);
  await announceWizard.save(ctx, deps, "units", next);
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  const view = unitsView(ctx.t, { units, selected: next.unitIds });
  await ctx.editMessageText(view.text, view.keyboard);
}
