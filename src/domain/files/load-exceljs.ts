import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

const require = createRequire(import.meta.url);
let loaded: typeof ExcelJS | undefined;

// exceljs takes most of a second and some 17 MB to load, and most runs of the bot never touch a spreadsheet:
// loaded (synchronously, it is CommonJS) on the first workbook instead of at start-up (bench/startup.ts).
export function loadExcelJs(): typeof ExcelJS {
  return (loaded ??= require("exceljs") as typeof ExcelJS);
}
