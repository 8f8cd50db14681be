import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { enqueueMessages, type KeyedText } from "../delivery/enqueue-messages.js";
import { sendFailureReason } from "../delivery/send-failure-reason.js";
import { reportIntent } from "./announcement-intent.js";
import { announcementPreview } from "./announcement-preview.js";
import { getAnnouncementProgress, type DeliveryProblem } from "./get-announcement-progress.js";

function problemLine(problem: DeliveryProblem): KeyedText {
  const who = problem.unitName ? `${problem.name} (${problem.unitName})` : problem.name;
  return problem.state === "unreachable"
    ? { key: "announce.report_line_unreachable", params: { who } }
    : { key: "announce.report_line_failed", params: { who, error: sendFailureReason(problem.error) } };
}

// When every row is settled: mark the announcement done and queue the final report to its author, once.
// Returns null while messages are still on their way.
export async function completeAnnouncement(db: Db, options: { announcementId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const progress = await getAnnouncementProgress(tx, { announcementId: options.announcementId });
    if (!progress || progress.pending > 0) return null;
    const { announcement } = progress;
    const { count } = await tx.announcement.updateMany({
      where: { id: announcement.id, state: "sending" },
      data: { state: "done", completedAt: options.now, updatedAt: options.now },
    });
    if (count === 0) return null;
    const author = await tx.person.findUnique({ where: { id: announcement.authorId } });
    const lines: (string | KeyedText)[] = progress.problems.map(problemLine);
    if (progress.pinError)
      lines.push({ key: "announce.report_line_pin", params: { error: sendFailureReason(progress.pinError) } });
    if (author) {
      await enqueueMessages(tx, {
        intentId: reportIntent(announcement.id),
        blocId: announcement.blocId,
        now: options.now,
        messages: [
          {
            recipientKey: `person:${author.id}`,
            personId: author.id,
            chatId: author.chatId,
            textKey: lines.length > 0 ? "announce.report_problems" : "announce.report_ok",
            textParams: {
              preview: announcementPreview(announcement),
              sent: progress.sent,
              total: progress.total,
              problems: lines,
            },
            replyToMessageId: announcement.progressMessageId,
          },
        ],
      });
    }
    await recordAudit(tx, {
      blocId: announcement.blocId,
      actor: {},
      action: "announcement.completed",
      subjectType: "announcement",
      subjectId: announcement.id,
      details: { sent: progress.sent, failed: progress.failed, total: progress.total },
      now: options.now,
    });
    return progress;
  });
}
