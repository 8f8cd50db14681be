import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import { resolveAudienceReach } from "../../../domain/announcements/resolve-audience.js";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { getBlocGroup } from "../../../domain/groups/get-bloc-group.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announceWizard } from "./announce-wizard.js";
import { confirmView } from "./confirm-view.js";
import { previewMessageView } from "./preview-message-view.js";

// The author sees the message exactly as recipients will, then a summary with the recipient count.
export async function showPreview(ctx: BotContext, deps: BotDeps, draft: AnnouncementDraft): Promise<void> {
  await announceWizard.save(ctx, deps, "confirm", draft);
  const blocId = ctx.actor.bloc!.id;
  const [units, group] = await Promise.all([listUnits(deps.db, { blocId }), getBlocGroup(deps.db, { blocId })]);
  const { recipients, unreachable } = await resolveAudienceReach(deps.db, {
    blocId,
    audience: draft.audience!,
    unitIds: draft.unitIds,
    authorId: ctx.actor.person!.id,
  });
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  const preview = previewMessageView(ctx.t, { text: draft.text, authorUnitName: ctx.actor.unit?.name ?? null });
  if (draft.fileId && draft.kind === "photo") await ctx.replyWithPhoto(draft.fileId, { caption: preview.text });
  else if (draft.fileId) await ctx.replyWithDocument(draft.fileId, { caption: preview.text });
  else await ctx.reply(preview.text);
  const view = confirmView(ctx.t, { draft, units, group, recipientCount: recipients.length, unreachable });
  await ctx.reply(view.text, view.keyboard);
}
