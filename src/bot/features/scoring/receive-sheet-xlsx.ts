import { readScoreSheetMeta, readUnitScoreSheetXlsx } from "../../../documents/read-unit-score-sheet-xlsx.js";
import { sha256Hex } from "../../../documents/sha256-hex.js";
import { DomainError, isDomainError } from "../../../domain/domain-error.js";
import { acceptFile, fileTypes, maxUploadBytes } from "../../../domain/files/accept-file.js";
import { can } from "../../../domain/policy/policy.js";
import { getSheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import { getSheetWorkbook } from "../../../domain/scoring/sheets/get-sheet-workbook.js";
import { saveSelfEntries } from "../../../domain/scoring/sheets/save-self-entries.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { downloadFile } from "../../download-file.js";
import { sheetUploadWizard } from "./sheet-file-callbacks.js";
import { sheetView } from "./sheet-view.js";
import { sheetXlsxProblemsView, sheetXlsxSavedText } from "./sheet-xlsx-views.js";

type Next = () => Promise<void>;

const isXlsx = (document: { file_name?: string; mime_type?: string }) =>
  fileTypes.xlsx.extension.test(document.file_name ?? "") || document.mime_type === fileTypes.xlsx.mime;

// A unit member's .xlsx in the private chat is taken as the unit's filled score sheet when the bot wrote it (its
// hidden sheet says whose it is), whether or not "📤 Gửi lại bảng điểm" was pressed; any other file goes on to the
// features that take files (a leaf's evidence, a report). After the button, anything but a score sheet is refused.
export async function receiveSheetXlsx(ctx: BotContext, deps: BotDeps, next: Next): Promise<void> {
  const message = ctx.message;
  if (!message || ctx.chat?.type !== "private" || !ctx.actor?.person) return next();
  const waiting = await sheetUploadWizard.load(ctx, deps);
  const document = "document" in message ? message.document : null;
  if (!waiting && (!document || !isXlsx(document) || !can(ctx.actor, "sheet.fill"))) return next();
  if (!document) {
    if ("text" in message && message.text.startsWith("/")) return next();
    throw new DomainError("scoresheet.error_need_xlsx");
  }
  acceptFile(
    { name: document.file_name, mimeType: document.mime_type, size: document.file_size },
    { kinds: ["xlsx"], typeErrorCode: "scoresheet.error_need_xlsx", baseName: "phieu-cham-diem" },
  );
  const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxUploadBytes });
  const meta = await readScoreSheetMeta(bytes);
  if (!meta) {
    if (!waiting) return next();
    throw new DomainError("scoring.sheet_error_not_a_score_sheet");
  }
  await importSheetXlsx(ctx, deps, { bytes, sheetId: meta.sheet, fileName: document.file_name ?? "" });
  if (waiting) await sheetUploadWizard.end(ctx, deps);
}

// Every cell is checked before anything is written; the problems are all named, or the changed figures are all
// saved in one transaction.
async function importSheetXlsx(
  ctx: BotContext,
  deps: BotDeps,
  file: { bytes: Buffer; sheetId: string; fileName: string },
) {
  const now = deps.clock();
  const workbook = await getSheetWorkbook(deps.db, { actor: ctx.actor, sheetId: file.sheetId, now }).catch(
    (error: unknown) => {
      // "Moved on since this button was sent" does not fit a file: say the sheet is submitted.
      if (isDomainError(error) && error.code === "sheets.error_state")
        throw new DomainError("scoresheet.error_sheet_locked", error.params);
      throw error;
    },
  );
  const read = await readUnitScoreSheetXlsx(file.bytes, { scale: workbook.scale, unitCode: workbook.unit.code });
  if ("errors" in read)
    return void (await ctx.reply(sheetXlsxProblemsView(ctx.t, { problems: read.errors, paths: workbook.paths }).text));
  const saved = await saveSelfEntries(deps.db, {
    actor: ctx.actor,
    sheetId: workbook.sheetId,
    entries: read.entries,
    source: { fileName: file.fileName, sha256: sha256Hex(file.bytes) },
    now,
  });
  const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId: workbook.sheetId });
  const view = sheetView(ctx.t, { sheet, parentId: null, canSubmit: ctx.actor.role === "signatory" });
  const summary = sheetXlsxSavedText(ctx.t, { ...saved, locale: ctx.locale });
  await ctx.reply(`${summary}\n\n${view.text}`, view.keyboard);
}
