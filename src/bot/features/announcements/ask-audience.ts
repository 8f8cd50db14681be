import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import { getBlocGroup } from "../../../domain/groups/get-bloc-group.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";
import { audienceView } from "./audience-view.js";

export async function askAudience(ctx: BotContext, deps: BotDeps, draft: AnnouncementDraft): Promise<void> {
  await announceWizard.save(ctx, deps, "audience", draft);
  const group = await getBlocGroup(deps.db, { blocId: ctx.actor.bloc!.id });
  const view = audienceView(ctx.t, { group });
  await ctx.reply(view.text, view.keyboard);
}
