import { buildUnitScoreSheetXlsx } from "../../../documents/build-unit-score-sheet-xlsx.js";
import { getSheetWorkbook } from "../../../domain/scoring/sheets/get-sheet-workbook.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { sheetUploadWizard } from "./sheet-file-callbacks.js";
import { cancelRow } from "../wizard/cancel-row.js";

// "📥 Bảng điểm Excel": the unit's sheet pre-filled with its current figures and the bot's reporting deductions
// (locked), the sheet id written into the file so that the filled copy finds its way back.
export async function sendSheetXlsx(ctx: BotContext, deps: BotDeps, sheetId: string): Promise<void> {
  const now = deps.clock();
  const workbook = await getSheetWorkbook(deps.db, { actor: ctx.actor, sheetId, now });
  const bytes = await buildUnitScoreSheetXlsx({ ...workbook, date: now, t: ctx.t });
  await ctx.answerCbQuery();
  await ctx.replyWithDocument(
    { source: bytes, filename: `phieu-cham-diem-${workbook.unit.code}-${workbook.year}.xlsx` },
    {
      caption: ctx.t("scoresheet.xlsx_caption", {
        year: workbook.year,
        unit: workbook.unit.name,
        deadline: formatDateTime(workbook.deadline, deps.timeZone),
      }),
    },
  );
}

// "📤 Gửi lại bảng điểm": the next file is taken as the filled sheet (checked the same way as one sent unasked).
export async function askSheetXlsx(ctx: BotContext, deps: BotDeps, sheetId: string): Promise<void> {
  await getSheetWorkbook(deps.db, { actor: ctx.actor, sheetId, now: deps.clock() });
  await sheetUploadWizard.start(ctx, deps, "file", { sheetId });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("scoresheet.ask_xlsx"), { reply_markup: { inline_keyboard: [cancelRow(ctx.t)] } });
}
