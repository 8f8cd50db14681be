import { findSubmission } from "../../../domain/reports/find-submission.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { keyed } from "./report-texts.js";

// The leader opens a unit's report: the file as it was sent (a photo goes back as a photo: its file id is not a
// document's), or the typed text under the same heading.
export async function openSubmission(ctx: BotContext, deps: BotDeps, submissionId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const found = await findSubmission(deps.db, { blocId: ctx.actor.bloc!.id, submissionId });
  const { submission } = found;
  await ctx.answerCbQuery();
  const caption = ctx.t("reports.submission_caption", {
    unit: found.unitName,
    name: found.obligationName,
    period: keyed(ctx.t, found.label),
    receipt: submission.receiptNo,
    time: formatDateTime(submission.submittedAt, deps.timeZone),
  });
  if (!submission.fileId) return void (await ctx.reply(`${caption}\n\n${submission.text ?? ""}`));
  if (submission.fileKind === "photo") await ctx.replyWithPhoto(submission.fileId, { caption });
  else await ctx.replyWithDocument(submission.fileId, { caption });
}
