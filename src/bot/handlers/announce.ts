import { Markup, type Telegraf } from "telegraf";
import type { Message } from "telegraf/types";
import {
  AnnouncementDraftSchema,
  type AnnouncementDraft,
  type Audience,
} from "../../domain/announcements/announcement-draft-schema.js";
import { announcementSenderLabel } from "../../domain/announcements/announcement-sender-label.js";
import { checkAnnouncementContent } from "../../domain/announcements/check-announcement-content.js";
import { createAnnouncement } from "../../domain/announcements/create-announcement.js";
import { resolveAudience } from "../../domain/announcements/resolve-audience.js";
import { listUnits } from "../../domain/blocs/list-units.js";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { DomainError } from "../../domain/domain-error.js";
import { getBlocGroup } from "../../domain/groups/get-bloc-group.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { ackButton, audienceKeyboard, audienceLabel, confirmKeyboard, unitsKeyboard } from "../announce-views.js";
import { encodeCallback } from "../callback-data.js";

export const announceKind = "announce";

export function registerAnnounce(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("announce", async (ctx) => {
    if (!(await authorize(ctx, deps, "announce.create", "/announce"))) return;
    await startConversation(deps.db, {
      personId: ctx.actor.person!.id,
      kind: announceKind,
      step: "content",
      now: deps.clock(),
    });
    await ctx.reply(ctx.t("announce.ask_content"));
  });
}

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

async function saveDraft(ctx: BotContext, deps: BotDeps, step: string, draft: AnnouncementDraft): Promise<void> {
  await updateConversation(deps.db, { personId: ctx.actor.person!.id, step, data: draft, now: deps.clock() });
}

async function askAudience(ctx: BotContext, deps: BotDeps, draft: AnnouncementDraft): Promise<void> {
  await saveDraft(ctx, deps, "audience", draft);
  const group = await getBlocGroup(deps.db, { blocId: ctx.actor.bloc!.id });
  await ctx.reply(ctx.t("announce.ask_audience"), audienceKeyboard(ctx.t, group));
}

// A message while the /announce wizard is open: the content, then optionally one attachment.
export async function handleAnnounceInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "announce.create", "conversation:announce"))) {
    await endConversation(deps.db, { personId: ctx.actor.person!.id });
    return;
  }
  const message = ctx.message!;
  const draft = AnnouncementDraftSchema.parse(conversation.data);
  const attachment = attachmentOf(message);
  const text = textOf(message);
  if (conversation.step === "content") {
    if (!attachment && text === null) return void (await ctx.reply(ctx.t("announce.error_content_kind")));
    const next = { ...draft, text: text ?? "", ...(attachment ?? {}) };
    checkAnnouncementContent(next);
    if (attachment) return askAudience(ctx, deps, next);
    await saveDraft(ctx, deps, "attach", next);
    await ctx.reply(
      ctx.t("announce.ask_attach", { length: next.text.trim().length }),
      Markup.inlineKeyboard([
        [Markup.button.callback(ctx.t("announce.no_file_button"), encodeCallback({ kind: "announce_no_file" }))],
        [Markup.button.callback(ctx.t("common.cancel"), encodeCallback({ kind: "announce_cancel" }))],
      ]),
    );
    return;
  }
  if (conversation.step === "attach") {
    if (!attachment) return void (await ctx.reply(ctx.t("announce.error_attach_kind")));
    // A caption sent with the file is the author's latest wording; otherwise the text already given stays.
    const next = { ...draft, ...attachment, text: text ?? draft.text };
    checkAnnouncementContent(next);
    return askAudience(ctx, deps, next);
  }
  await ctx.reply(ctx.t("announce.use_buttons"));
}

// Every wizard button starts here: the wizard must still be open and the person still allowed.
async function openDraft(
  ctx: BotContext,
  deps: BotDeps,
  via: string,
  steps: string[],
): Promise<AnnouncementDraft | null> {
  if (!(await authorize(ctx, deps, "announce.create", via))) return null;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || conversation.kind !== announceKind || !steps.includes(conversation.step)) {
    await ctx.answerCbQuery(ctx.t("announce.error_not_in_progress"), { show_alert: true });
    return null;
  }
  return AnnouncementDraftSchema.parse(conversation.data);
}

export async function skipAttachment(ctx: BotContext, deps: BotDeps): Promise<void> {
  const draft = await openDraft(ctx, deps, "button:announce_no_file", ["attach"]);
  if (!draft) return;
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await askAudience(ctx, deps, draft);
}

export async function chooseAudience(ctx: BotContext, deps: BotDeps, audience: Audience): Promise<void> {
  const draft = await openDraft(ctx, deps, "button:announce_audience", ["audience", "units", "confirm"]);
  if (!draft) return;
  const next = { ...draft, audience };
  await ctx.answerCbQuery();
  if (audience === "units") {
    await saveDraft(ctx, deps, "units", next);
    const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
    await ctx.editMessageText(ctx.t("announce.ask_units"), unitsKeyboard(ctx.t, units, next.unitIds));
    return;
  }
  await showPreview(ctx, deps, next);
}

export async function toggleUnit(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  const draft = await openDraft(ctx, deps, "button:announce_unit", ["units"]);
  if (!draft) return;
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  if (!units.some((unit) => unit.id === unitId)) throw new DomainError("invite.error_unknown_unit");
  const unitIds = draft.unitIds.includes(unitId)
    ? draft.unitIds.filter((id) => id !== unitId)
    : [...draft.unitIds, unitId];
  await saveDraft(ctx, deps, "units", { ...draft, unitIds });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(unitsKeyboard(ctx.t, units, unitIds).reply_markup);
}

export async function finishUnits(ctx: BotContext, deps: BotDeps): Promise<void> {
  const draft = await openDraft(ctx, deps, "button:announce_units_done", ["units"]);
  if (!draft) return;
  if (draft.unitIds.length === 0)
    return void (await ctx.answerCbQuery(ctx.t("announce.error_no_units"), { show_alert: true }));
  await ctx.answerCbQuery();
  await showPreview(ctx, deps, draft);
}

// The author sees the message exactly as recipients will, then a summary with the recipient count.
async function showPreview(ctx: BotContext, deps: BotDeps, draft: AnnouncementDraft): Promise<void> {
  await saveDraft(ctx, deps, "confirm", draft);
  const blocId = ctx.actor.bloc!.id;
  const [units, group] = await Promise.all([listUnits(deps.db, { blocId }), getBlocGroup(deps.db, { blocId })]);
  const recipients = await resolveAudience(deps.db, {
    blocId,
    audience: draft.audience!,
    unitIds: draft.unitIds,
    authorId: ctx.actor.person!.id,
  });
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  const from = announcementSenderLabel(ctx.actor.unit?.name ?? null);
  const rendered = ctx.t(draft.text.trim() ? "announce.message" : "announce.message_file_only", {
    from: typeof from === "string" ? from : ctx.t(from.key),
    text: draft.text.trim(),
  });
  if (draft.fileId && draft.kind === "photo") await ctx.replyWithPhoto(draft.fileId, { caption: rendered });
  else if (draft.fileId) await ctx.replyWithDocument(draft.fileId, { caption: rendered });
  else await ctx.reply(rendered);
  const label = audienceLabel(ctx.t, draft, units, group);
  const isGroup = draft.audience === "group";
  const summary = isGroup
    ? ctx.t("announce.preview_group", {
        title: group?.title ?? "",
        pin: ctx.t(group?.canPin ? "announce.preview_pin_possible" : "announce.preview_pin_impossible"),
      })
    : recipients.length > 0
      ? ctx.t("announce.preview_summary", { audience: label, count: recipients.length })
      : ctx.t("announce.preview_no_recipients", { audience: label });
  await ctx.reply(summary, confirmKeyboard(ctx.t, { canSend: recipients.length > 0, group: isGroup }));
}

export async function confirmAnnouncement(ctx: BotContext, deps: BotDeps, pin: boolean): Promise<void> {
  if (!(await authorize(ctx, deps, "announce.create", "button:announce_send"))) return;
  const progressMessage = ctx.callbackQuery!.message!;
  const { recipientCount } = await createAnnouncement(deps.db, {
    blocId: ctx.actor.bloc!.id,
    authorId: ctx.actor.person!.id,
    actor: { personId: ctx.actor.person!.id, telegramId: ctx.from!.id },
    authorUnitName: ctx.actor.unit?.name ?? null,
    pin,
    progress: { chatId: progressMessage.chat.id, messageId: progressMessage.message_id },
    ackButton: ackButton(null),
    now: deps.clock(),
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("announce.progress", { sent: 0, total: recipientCount, errors: 0 }));
}

export async function cancelAnnouncement(ctx: BotContext, deps: BotDeps): Promise<void> {
  if (ctx.actor.person) await endConversation(deps.db, { personId: ctx.actor.person.id });
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("common.cancelled"));
}
