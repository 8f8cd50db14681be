import { z } from "zod";

export const draftKinds = ["regulations", "covenant", "scoring", "other"] as const;
export const DraftKindSchema = z.enum(draftKinds);
export type DraftKind = z.infer<typeof DraftKindSchema>;

// Minutes before the deadline at which units that have not answered are reminded: 2 days and 2 hours.
export const defaultReminderOffsets = [2 * 24 * 60, 2 * 60];

// Telegram lets bots download files up to 20 MB.
export const maxDraftFileBytes = 20 * 1024 * 1024;
export const maxCommentLength = 8000;
