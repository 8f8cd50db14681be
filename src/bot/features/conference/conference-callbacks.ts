import { z } from "zod";
import { ReminderTargetSchema, RsvpAnswerSchema } from "../../../domain/conference/conference-schemas.js";
import { createCallbackData, idField } from "../../create-callback-data.js";

// The codes are those of the central table they came from, so buttons on messages already sent still work.
// The leader's new-conference wizard.
export const skipStep = createCallbackData("hs", { step: z.enum(["agenda", "chair"]) });
export const sendInvitations = createCallbackData("hc", {});
// "✏️ Sửa …" in the preview: one field asked again, then back to the preview.
export const fixField = createCallbackData("hf", { field: z.enum(["title", "time", "venue", "agenda", "chair"]) });
export const newConference = createCallbackData("hw", {});
// A unit member: answer the invitation, check in on the day, get the minutes.
export const answerInvitation = createCallbackData("hr", { conferenceId: idField, answer: RsvpAnswerSchema });
// "Tham dự, gửi tên sau" while the names are asked for.
export const namesLater = createCallbackData("hl", {});
export const checkIn = createCallbackData("hi", { conferenceId: idField });
export const getMinutes = createCallbackData("hg", { conferenceId: idField });
// The leader's tools on a conference.
export const showMarkList = createCallbackData("hm", { conferenceId: idField });
export const markUnit = createCallbackData("hu", { conferenceId: idField, unitId: idField });
export const exportAttendees = createCallbackData("hx", { conferenceId: idField, format: z.enum(["docx", "xlsx"]) });
export const editConference = createCallbackData("he", { conferenceId: idField, field: z.enum(["time", "venue"]) });
export const changeReminders = createCallbackData("hn", { conferenceId: idField, target: ReminderTargetSchema });
export const cancelConference = createCallbackData("hk", { conferenceId: idField });
export const attachMinutes = createCallbackData("hb", { conferenceId: idField });
export const showHistory = createCallbackData("hh", { conferenceId: idField });
