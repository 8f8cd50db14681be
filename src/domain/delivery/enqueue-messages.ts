import type { Tx } from "../../db/create-database.js";

// A parameter is a literal, a locale key rendered with its own parameters, or a list of those shown one per line.
export type KeyedText = { key: string; params?: Record<string, string | number> };
export type TextParam = string | number | KeyedText | (string | KeyedText)[];

export type OutgoingMessage = {
  // Unique within the intent, usually the recipient: "person:<id>" or "chat:<id>".
  recipientKey: string;
  chatId: bigint | number;
  personId?: string | null;
  text?: string;
  // Rendered at send time in the recipient's language; a param { key } is itself translated.
  textKey?: string;
  textParams?: Record<string, TextParam>;
  kind?: "text" | "document" | "photo";
  fileId?: string | null;
  replyMarkup?: unknown;
  pin?: boolean;
  // Sent as a reply to this message in the same chat.
  replyToMessageId?: bigint | number | null;
};

export type EnqueueMessagesOptions = { intentId: string; blocId?: string | null; messages: OutgoingMessage[]; now: Date; notBefore?: Date };

// Runs inside the caller's transaction, next to the business change that causes the messages.
// The key makes it idempotent: enqueueing the same intent twice adds nothing.
export async function enqueueMessages(tx: Tx, options: EnqueueMessagesOptions): Promise<number> {
  let added = 0;
  for (const message of options.messages) {
    const key = `${options.intentId}|${message.recipientKey}`;
    const existing = await tx.outboxMessage.findUnique({ where: { key }, select: { id: true } });
    if (existing) continue;
    await tx.outboxMessage.create({
      data: {
        intentId: options.intentId,
        key,
        blocId: options.blocId ?? null,
        personId: message.personId ?? null,
        chatId: BigInt(message.chatId),
        kind: message.kind ?? "text",
        text: message.text ?? "",
        textKey: message.textKey ?? null,
        textParams: message.textParams ? JSON.stringify(message.textParams) : null,
        fileId: message.fileId ?? null,
        replyMarkup: message.replyMarkup === undefined ? null : JSON.stringify(message.replyMarkup),
        pin: message.pin ?? false,
        replyToMessageId: message.replyToMessageId == null ? null : BigInt(message.replyToMessageId),
        nextAttemptAt: options.notBefore ?? options.now,
        createdAt: options.now,
        updatedAt: options.now,
      },
    });
    added++;
  }
  return added;
}
