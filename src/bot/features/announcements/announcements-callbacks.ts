import { z } from "zod";
import { AudienceSchema } from "../../../domain/announcements/announcement-draft-schema.js";
import { createCallbackData, idField } from "../../create-callback-data.js";

// The /announce wizard's buttons ("Huỷ" is the shared wizard cancel).
export const skipAttachment = createCallbackData("af", {});
export const chooseAudience = createCallbackData("aa", { audience: AudienceSchema });
export const toggleUnit = createCallbackData("au", { unitId: idField });
export const finishUnits = createCallbackData("ad", {});
// "✏️ Sửa nội dung" / "✏️ Đổi người nhận" under the preview.
export const fixAnnouncement = createCallbackData("ae", { field: z.enum(["content", "audience"]) });
export const sendAnnouncement = createCallbackData("as", { pin: z.enum(["0", "1"]) });

// Under a sent announcement, the author's progress message and the acknowledgement view.
export const acknowledge = createCallbackData("ak", { announcementId: idField });
export const viewAcks = createCallbackData("av", { announcementId: idField });
export const followUp = createCallbackData("aq", { announcementId: idField });
