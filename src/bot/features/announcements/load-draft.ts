import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";

// Every wizard button starts here: the person must still be allowed and the wizard still open at one of `steps`.
export async function loadDraft(ctx: BotContext, deps: BotDeps, steps: string[]): Promise<AnnouncementDraft | null> {
  assertCan(ctx.actor, "announce.create");
  const state = await announceWizard.load(ctx, deps, steps);
  if (state) return state.data;
  await ctx.answerCbQuery(ctx.t("announce.error_not_in_progress"), { show_alert: true });
  return null;
}
