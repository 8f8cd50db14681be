import { z } from "zod";

export const audiences = ["everyone", "signatories", "liaisons", "units", "group"] as const;
export const AudienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof AudienceSchema>;

// Telegram allows 4096 characters in a message and 1024 in a file's caption; the rest is the bot's header.
export const maxTextLength = 3800;
export const maxCaptionLength = 900;

// What the /announce wizard has collected so far; stored in the conversation between steps.
export const AnnouncementDraftSchema = z.object({
  text: z.string().default(""),
  kind: z.enum(["text", "document", "photo"]).default("text"),
  fileId: z.string().optional(),
  fileName: z.string().optional(),
  audience: AudienceSchema.optional(),
  unitIds: z.array(z.string()).default([]),
  // Set when the content is corrected from the preview: the next message goes back to the preview.
  editing: z.boolean().optional(),
});
export type AnnouncementDraft = z.infer<typeof AnnouncementDraftSchema>;
