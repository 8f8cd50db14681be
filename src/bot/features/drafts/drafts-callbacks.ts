import { z } from "zod";
import { DraftKindSchema } from "../../../domain/drafts/draft-kinds.js";
import { createCallbackData, idField } from "../../create-callback-data.js";

// A clause of a draft ("d3", "c2-d7"), or "g" for a general comment.
const clauseField = z.string().regex(/^[a-z0-9-]{1,24}$/);

// The new-draft wizard.
export const chooseDraftKind = createCallbackData("dk", { draftKind: DraftKindSchema });
export const sendNewDraft = createCallbackData("dg", {});
// A unit member on a draft.
export const commentOnDraft = createCallbackData("dc", { draftId: idField });
export const chooseClause = createCallbackData("dl", { draftId: idField, clauseId: clauseField });
export const answerNoComments = createCallbackData("dn", { draftId: idField });
export const showMyComments = createCallbackData("dm", { draftId: idField });
export const editComment = createCallbackData("ce", { commentId: idField });
export const withdrawComment = createCallbackData("cw", { commentId: idField });
export const confirmWithdraw = createCallbackData("cwy", { commentId: idField });
// The leader unit on a draft.
export const reviewDraft = createCallbackData("dv", { draftId: idField });
export const respondToComment = createCallbackData("cr", {
  commentId: idField,
  response: z.enum(["accepted", "explained"]),
});
export const exportSynthesis = createCallbackData("dx", { draftId: idField, format: z.enum(["docx", "xlsx"]) });
export const extendDeadline = createCallbackData("de", { draftId: idField });
export const uploadVersion = createCallbackData("du", { draftId: idField });
export const markFinal = createCallbackData("df", { draftId: idField });
export const skipVersionNote = createCallbackData("ds", {});
export const changeReminders = createCallbackData("dr", { draftId: idField });
