import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";

const yearField = z.string().regex(/^\d{4}$/);

// The board's "🔁 Nhiệm kỳ năm sau": pick the leader, then the deputy, then confirm (or confirm replacing the term
// already set for that year). The year travels in every button so a press after New Year cannot change target.
export const termOpen = createCallbackData("tn", { year: yearField });
export const termLeader = createCallbackData("tl", { year: yearField, leaderUnitId: idField });
export const termDeputy = createCallbackData("tp", { year: yearField, leaderUnitId: idField, deputyUnitId: idField });
export const termConfirm = createCallbackData("tc", { year: yearField, leaderUnitId: idField, deputyUnitId: idField });
export const termReplace = createCallbackData("tr", { year: yearField, leaderUnitId: idField, deputyUnitId: idField });
// The new leader unit's "start the year" (queued with the term-start notice) and its draft scale's activation.
export const termStartYear = createCallbackData("ts", { termId: idField });
export const scaleActivate = createCallbackData("ta", { scaleId: idField });
