import { listLeafEvidence } from "../../../domain/scoring/sheets/list-leaf-evidence.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// "📎 II.1 (2)": the leaf's evidence files sent again as they came (by Telegram file id; a photo as a photo), each
// captioned with the leaf, when it was added and the start of its SHA-256, so a reviewer can tell the files apart.
export async function sendEvidence(ctx: BotContext, deps: BotDeps, data: { sheetId: string; path: string }) {
  const found = await listLeafEvidence(deps.db, { actor: ctx.actor, ...data });
  await ctx.answerCbQuery();
  for (const [i, file] of found.files.entries()) {
    const caption = ctx.t("scoresheet.evidence_caption", {
      unit: found.unitName,
      leaf: found.path,
      n: i + 1,
      count: found.files.length,
      name: file.fileName,
      time: formatDateTime(file.addedAt, deps.timeZone),
      fingerprint: shortFingerprint(file.sha256),
    });
    if (file.kind === "photo") await ctx.replyWithPhoto(file.telegramFileId, { caption });
    else await ctx.replyWithDocument(file.telegramFileId, { caption });
  }
}
