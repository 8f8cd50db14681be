import { createCallbackData, idField } from "../../create-callback-data.js";

// The unit's sheet: a section's leaves, one leaf (then the value is typed), submitting, explaining an adjustment.
export const openSection = createCallbackData("ks", { sheetId: idField, nodeId: idField });
export const chooseLeaf = createCallbackData("kl", { sheetId: idField, nodeId: idField });
export const submitOwnSheet = createCallbackData("kx", { sheetId: idField });
export const explainLeaf = createCallbackData("ke", { sheetId: idField, nodeId: idField });
// The reviewer: open a sheet, adjust a leaf (value and reason typed), accept the rest, decide again, finalize.
export const openReview = createCallbackData("ko", { sheetId: idField });
export const adjustLeaf = createCallbackData("ka", { sheetId: idField, nodeId: idField });
export const acceptSheet = createCallbackData("kk", { sheetId: idField });
export const decideLeaf = createCallbackData("kd", { sheetId: idField, nodeId: idField });
export const finalSheet = createCallbackData("kf", { sheetId: idField });
