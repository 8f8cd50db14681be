import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";

// A scale node by its path of STTs (II.1.a), unique in the scale: its id is a UUID, too long beside the sheet's.
const pathField = z.string().regex(/^[^:\s]{1,20}$/);

// The unit's sheet: a section's leaves, one leaf (then the value is typed), submitting, explaining an adjustment.
export const openSection = createCallbackData("ks", { sheetId: idField, path: pathField });
export const chooseLeaf = createCallbackData("kl", { sheetId: idField, path: pathField });
export const submitOwnSheet = createCallbackData("kx", { sheetId: idField });
export const explainLeaf = createCallbackData("ke", { sheetId: idField, path: pathField });
// The reviewer: open a sheet, adjust a leaf (value and reason typed), accept the rest, decide again, finalize.
export const openReview = createCallbackData("ko", { sheetId: idField });
export const adjustLeaf = createCallbackData("ka", { sheetId: idField, path: pathField });
export const acceptSheet = createCallbackData("kk", { sheetId: idField });
export const decideLeaf = createCallbackData("kd", { sheetId: idField, path: pathField });
export const finalSheet = createCallbackData("kf", { sheetId: idField });
