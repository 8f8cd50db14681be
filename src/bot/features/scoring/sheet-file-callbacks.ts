import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";
import { createWizard } from "../../create-wizard.js";

const pathField = z.string().regex(/^[^:\s]{1,20}$/);

// The unit's sheet as an Excel file: get it pre-filled, say the next file is the filled one; a leaf's evidence.
export const downloadSheetXlsx = createCallbackData("ksxd", { sheetId: idField });
export const uploadSheetXlsx = createCallbackData("ksxu", { sheetId: idField });
export const openEvidence = createCallbackData("ksev", { sheetId: idField, path: pathField });

// After "📤 Gửi lại bảng điểm": the next file is the unit's filled sheet (without it, a score sheet is still
// recognised by the hidden sheet the bot wrote into it).
export const sheetUploadWizard = createWizard("sheet_xlsx", z.object({ sheetId: z.string() }));
