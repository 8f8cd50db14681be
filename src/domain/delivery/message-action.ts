import { z } from "zod";

const id = z.string().min(1);

// What a button on a queued message does, in domain terms. The bot's features turn each into callback data when
// the message is rendered; the domain never sees Telegram's wire format.
export const MessageActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("drafts.comment"), draftId: id }),
  z.object({ type: z.literal("drafts.no_comments"), draftId: id }),
  z.object({
    type: z.literal("conference.rsvp"),
    conferenceId: id,
    answer: z.enum(["attending", "absent", "deputy"]),
  }),
  z.object({ type: z.literal("conference.check_in"), conferenceId: id }),
  z.object({ type: z.literal("signing.sign"), roundId: id }),
  z.object({ type: z.literal("reports.submit"), periodId: id }),
  z.object({ type: z.literal("announce.ack"), announcementId: id }),
  z.object({ type: z.literal("announce.view"), announcementId: id }),
  z.object({ type: z.literal("term.start_year"), termId: id }),
]);

export type MessageAction = z.infer<typeof MessageActionSchema>;
export type MessageActionType = MessageAction["type"];

// A button of a queued message: its label is a locale key, read in the recipient's language at send time.
export type MessageButton = { textKey: string; textParams?: Record<string, string | number>; action: MessageAction };

export const MessageButtonSchema = z.object({
  textKey: z.string(),
  textParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  action: MessageActionSchema,
});

export type EncodeAction = (action: MessageAction) => string;
