import type { Message } from "telegraf/types";
import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import { checkAnnouncementContent } from "../../../domain/announcements/check-announcement-content.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { announceWizard } from "./announce-wizard.js";
import { askAttachView } from "./ask-attach-view.js";
import { askAudience } from "./ask-audience.js";
import { showPreview } from "./show-preview.js";

type Attachment = { kind: "document" | "photo"; fileId: string; fileName?: string };

function attachmentOf(message: Message): Attachment | null {
  if ("document" in message)
    return { kind: "document", fileId: message.document.file_id, fileName: message.document.file_name };
  if ("photo" in message) return { kind: "photo", fileId: message.photo[message.photo.length - 1]!.file_id };
  return null;
}

function textOf(message: Message): string | null {
  if ("text" in message) return message.text;
  if ("caption" in message && message.caption) return message.caption;
  return null;
}

// A message while the /announce wizard is open: the content, then optionally one attachment.
export async function takeAnnounceInput(
  ctx: BotContext,
  deps: BotDeps,
  state: WizardState<AnnouncementDraft>,
): Promise<void> {
  // Someone who lost the right in the middle (removed, or the unit no longer leads) leaves the wizard.
  if (!can(ctx.actor, "announce.create")) {
    await announceWizard.end(ctx, deps);
    assertCan(ctx.actor, "announce.create");
  }
  const message = ctx.message!;
  const { step, data: draft } = state;
  const attachment = attachmentOf(message);
  const text = textOf(message);
  if (step === "content" && draft.editing) {
    if (!attachment && text === null) return void (await ctx.reply(ctx.t("announce.error_content_kind")));
    // A correction keeps the file unless another one is sent, and goes back to the preview.
    const next = { ...draft, text: text ?? draft.text, ...(attachment ?? {}), editing: undefined };
    checkAnnouncementContent(next);
    return showPreview(ctx, deps, next);
  }
  if (step === "content") {
    if (!attachment && text === null) return void (await ctx.reply(ctx.t("announce.error_content_kind")));
    const next = { ...draft, text: text ?? "", ...(attachment ?? {}) };
    checkAnnouncementContent(next);
    if (attachment) return askAudience(ctx, deps, next);
    await announceWizard.save(ctx, deps, "attach", next);
    const view = askAttachView(ctx.t, { length: next.text.trim().length });
    await ctx.reply(view.text, view.keyboard);
    return;
  }
  if (step === "attach") {
    if (!attachment) return void (await ctx.reply(ctx.t("announce.error_attach_kind")));
    // A caption sent with the file is the author's latest wording; otherwise the text already given stays.
    const next = { ...draft, ...attachment, text: text ?? draft.text };
    checkAnnouncementContent(next);
    return askAudience(ctx, deps, next);
  }
  await ctx.reply(ctx.t("announce.use_buttons"));
}
