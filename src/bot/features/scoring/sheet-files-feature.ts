import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { receiveSheetXlsx } from "./receive-sheet-xlsx.js";
import { sendEvidence } from "./send-evidence.js";
import { askSheetXlsx, sendSheetXlsx } from "./send-sheet-xlsx.js";
import { downloadSheetXlsx, openEvidence, uploadSheetXlsx } from "./sheet-file-callbacks.js";

// Files of the year-end sheet: the Excel round trip and opening a leaf's evidence. Used by scoringFeature before
// the leaf wizard, so a returned score sheet is not taken as a leaf's evidence.
export function sheetFilesFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onButton(feature, downloadSheetXlsx, (ctx, data) => sendSheetXlsx(ctx, deps, data.sheetId));
  onButton(feature, uploadSheetXlsx, (ctx, data) => askSheetXlsx(ctx, deps, data.sheetId));
  onButton(feature, openEvidence, (ctx, data) => sendEvidence(ctx, deps, data));
  feature.on("message", (ctx, next) => receiveSheetXlsx(ctx, deps, next));
  return feature;
}
