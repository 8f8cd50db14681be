import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";

const yearField = z.string().regex(/^20\d\d$/);

// Opening a round: open with the schedule shown, or change its reminder days, time or escalations first.
export const confirmOpenRound = createCallbackData("qo", {});
export const changeRoundReminders = createCallbackData("qr", {});
export const changeRoundTime = createCallbackData("qt", {});
export const changeRoundEscalations = createCallbackData("qe", {});
// Gia hạn: a new deadline for one unit's sheet (typed next).
export const extendUnitSheet = createCallbackData("qg", { sheetId: idField });
// The ranking: its preview with the files, publishing it, and publishing it although still provisional.
export const showResults = createCallbackData("qv", { year: yearField });
export const publishRanking = createCallbackData("qp", { year: yearField });
export const publishProvisional = createCallbackData("qpp", { year: yearField });
