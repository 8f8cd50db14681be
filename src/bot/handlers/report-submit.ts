import { Markup, type Telegraf } from "telegraf";
import { z } from "zod";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import type { ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { DomainError } from "../../domain/domain-error.js";
import { findRemindedPeriod } from "../../domain/reports/find-reminded-period.js";
import { loadWorkCalendar } from "../../domain/reports/load-work-calendar.js";
import { submitReport, type ReportContent } from "../../domain/reports/submit-report.js";
import { sha256Hex } from "../../documents/sha256.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { cancelRow } from "../draft-views.js";
import { downloadFile } from "../download-file.js";
import { keyed, lateText, vietnamDate } from "../report-views.js";

export const reportSubmitKind = "report_submit";
const SubmitFlowSchema = z.object({ periodId: z.string() });

const maxReportBytes = 20 * 1024 * 1024;
const minTextLength = 10;
// Word, PDF and Excel: what units send their reports as.
const reportTypes: { extension: RegExp; mime: string }[] = [
  { extension: /\.docx$/i, mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { extension: /\.pdf$/i, mime: "application/pdf" },
  { extension: /\.xlsx$/i, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
];

// The report in a message: a .docx, .pdf or .xlsx file (downloaded once to fingerprint it) or a text.
async function readReportContent(ctx: BotContext): Promise<ReportContent> {
  const message = ctx.message!;
  if ("document" in message) {
    const { document } = message;
    const name = document.file_name ?? "";
    const type = reportTypes.find(
      (candidate) => candidate.extension.test(name) || candidate.mime === document.mime_type,
    );
    if (!type) throw new DomainError("reports.error_file_type", { name: name || "?" });
    if ((document.file_size ?? 0) > maxReportBytes) throw new DomainError("drafts.error_file_too_big", { max: 20 });
    const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxReportBytes });
    return {
      fileId: document.file_id,
      fileName: name || "bao-cao",
      mimeType: document.mime_type ?? type.mime,
      text: null,
      sha256: sha256Hex(bytes),
    };
  }
  if ("text" in message && message.text.trim().length >= minTextLength) {
    const text = message.text.trim();
    return { fileId: null, fileName: null, mimeType: null, text, sha256: sha256Hex(Buffer.from(text, "utf8")) };
  }
  throw new DomainError("reports.error_need_report", { min: minTextLength });
}

async function submitFrom(
  ctx: BotContext,
  deps: BotDeps,
  periodId: string,
  options: { endFlow: boolean },
): Promise<void> {
  const content = await readReportContent(ctx);
  const now = deps.clock();
  const result = await submitReport(deps.db, {
    blocId: ctx.actor.bloc!.id,
    periodId,
    personId: ctx.actor.person!.id,
    actor: { personId: ctx.actor.person!.id, telegramId: ctx.from!.id },
    content,
    calendar: await loadWorkCalendar(deps.db),
    now,
  });
  if (options.endFlow) await endConversation(deps.db, { personId: ctx.actor.person!.id });
  const lines = [
    ctx.t("reports.receipt", {
      receipt: result.submission.receiptNo,
      name: result.obligationName,
      period: keyed(ctx.t, result.period),
      unit: result.unitName,
      time: formatDateTime(result.submission.submittedAt, deps.timeZone),
      due: vietnamDate(result.dueDate),
      status: lateText(ctx.t, result.submission.lateDays),
    }),
  ];
  if (result.replaced) lines.push(ctx.t("reports.receipt_replaces", { receipt: result.replaced }));
  await ctx.reply(lines.join("\n"), { reply_parameters: { message_id: ctx.message!.message_id } });
}

export async function startSubmit(ctx: BotContext, deps: BotDeps, periodId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.submit", "button:report_submit"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: reportSubmitKind,
    step: "content",
    data: { periodId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("reports.ask_report"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleSubmitInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.submit", "conversation:report_submit"))) return;
  await submitFrom(ctx, deps, SubmitFlowSchema.parse(conversation.data).periodId, { endFlow: true });
}

// A file or text sent in reply to a reminder is the report that reminder asked for, with no button to press.
export function registerReportReplies(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on("message", async (ctx, next) => {
    const message = ctx.message;
    const replyTo = "reply_to_message" in message ? message.reply_to_message : undefined;
    if (ctx.chat.type !== "private" || !replyTo || replyTo.from?.id !== ctx.botInfo.id || !ctx.actor.person)
      return next();
    if ("text" in message && message.text.startsWith("/")) return next();
    const periodId = await findRemindedPeriod(deps.db, { chatId: ctx.chat.id, messageId: replyTo.message_id });
    if (!periodId) return next();
    if (!(await authorize(ctx, deps, "reports.submit", "reply:report"))) return;
    // A wizard the person has open elsewhere stays open.
    await submitFrom(ctx, deps, periodId, { endFlow: false });
  });
}
