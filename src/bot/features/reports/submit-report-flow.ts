import { findRemindedPeriod } from "../../../domain/reports/find-reminded-period.js";
import { submitReport } from "../../../domain/reports/submit-report.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { loadReportCalendar } from "./load-report-calendar.js";
import { readReportContent } from "./read-report-content.js";
import { receiptView } from "./receipt-view.js";
import { reportPromptView } from "./report-prompt-view.js";
import { submitWizard } from "./reports-wizards.js";

async function submitFrom(ctx: BotContext, deps: BotDeps, periodId: string, options: { endWizard: boolean }) {
  assertCan(ctx.actor, "reports.submit");
  const content = await readReportContent(ctx);
  const result = await submitReport(deps.db, {
    blocId: ctx.actor.bloc!.id,
    periodId,
    personId: ctx.actor.person!.id,
    actor: ctx.actor,
    content,
    calendar: await loadReportCalendar(deps),
    now: deps.clock(),
  });
  if (options.endWizard) await submitWizard.end(ctx, deps);
  const { submission } = result;
  const view = receiptView(ctx.t, {
    receipt: {
      receiptNo: submission.receiptNo,
      obligationName: result.obligationName,
      period: result.period,
      unitName: result.unitName,
      submittedAt: submission.submittedAt,
      dueDate: result.dueDate,
      lateDays: submission.lateDays,
      replaced: result.replaced ?? null,
    },
    timeZone: deps.timeZone,
  });
  await ctx.reply(view.text, { reply_parameters: { message_id: ctx.message!.message_id } });
}

export async function startSubmit(ctx: BotContext, deps: BotDeps, periodId: string): Promise<void> {
  assertCan(ctx.actor, "reports.submit");
  await submitWizard.start(ctx, deps, "content", { periodId });
  await ctx.answerCbQuery();
  const view = reportPromptView(ctx.t, { key: "reports.ask_report" });
  await ctx.reply(view.text, view.keyboard);
}

export function handleSubmitInput(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ periodId: string }>) {
  return submitFrom(ctx, deps, data.periodId, { endWizard: true });
}

// A file or text sent in reply to a reminder is the report that reminder asked for, with no button to press.
// A wizard the person has open elsewhere stays open, so this runs before every feature's wizard.
export async function fileReminderReply(ctx: BotContext, deps: BotDeps, next: () => Promise<void>): Promise<void> {
  const message = ctx.message!;
  const replyTo = "reply_to_message" in message ? message.reply_to_message : undefined;
  if (ctx.chat?.type !== "private" || !replyTo || replyTo.from?.id !== ctx.botInfo.id || !ctx.actor.person)
    return next();
  if ("text" in message && message.text.startsWith("/")) return next();
  const periodId = await findRemindedPeriod(deps.db, { chatId: ctx.chat.id, messageId: replyTo.message_id });
  if (!periodId) return next();
  if (periodId === "several") return void (await ctx.reply(ctx.t("reports.reply_combined")));
  await submitFrom(ctx, deps, periodId, { endWizard: false });
}
