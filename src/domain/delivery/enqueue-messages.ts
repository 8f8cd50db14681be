import type { Tx } from "../../db/create-database.js";
import type { MessageButton } from "./message-action.js";

// A parameter is a literal, a locale key rendered with its own parameters, an instant shown in APP_TIMEZONE as
// dd/MM/yyyy HH:mm (`dateTime`) or dd/MM/yyyy (`date`) when the message is sent, or a list shown one per line.
export type KeyedText = { key: string; params?: Record<string, string | number | KeyedText | InstantParam> };
export type InstantParam = { dateTime: string } | { date: string };
export type TextParam = string | number | KeyedText | InstantParam | (string | KeyedText)[];

// Instants travel as ISO strings and are formatted per recipient at send time.
export const dateTimeParam = (instant: Date): InstantParam => ({ dateTime: instant.toISOString() });
export const dateParam = (instant: Date): InstantParam => ({ date: instant.toISOString() });

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
  // A file the bot made (StoredFile), uploaded at send time when there is no Telegram file id.
  storedFileId?: string | null;
  // Buttons in domain terms; the renderer turns each action into callback data.
  buttons?: MessageButton[][];
  pin?: boolean;
  // Sent as a reply to this message in the same chat.
  replyToMessageId?: bigint | number | null;
};

// Keys looked up per query; well below SQLite's bound-parameter limit.
const chunkSize = 500;

export type EnqueueMessagesOptions = {
  intentId: string;
  blocId?: string | null;
  messages: OutgoingMessage[];
  now: Date;
  notBefore?: Date;
};

// Runs inside the caller's transaction, next to the business change that causes the messages.
// The key makes it idempotent: enqueueing the same intent twice adds nothing. Existing keys are looked up
// and new rows written a chunk at a time, not one query per row: a 10,000-recipient announcement holds
// SQLite's single write lock for the whole transaction, and the bot waits behind it.
export async function enqueueMessages(tx: Tx, options: EnqueueMessagesOptions): Promise<number> {
  const byKey = new Map<string, OutgoingMessage>();
  for (const message of options.messages) {
    const key = `${options.intentId}|${message.recipientKey}`;
    if (!byKey.has(key)) byKey.set(key, message);
  }
  const entries = [...byKey];
  let added = 0;
  for (let start = 0; start < entries.length; start += chunkSize) {
    const chunk = entries.slice(start, start + chunkSize);
    const existing = await tx.outboxMessage.findMany({
      where: { key: { in: chunk.map(([key]) => key) } },
      select: { key: true },
    });
    const known = new Set(existing.map((row) => row.key));
    const fresh = chunk.filter(([key]) => !known.has(key));
    if (fresh.length === 0) continue;
    const created = await tx.outboxMessage.createMany({
      data: fresh.map(([key, message]) => ({
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
        storedFileId: message.storedFileId ?? null,
        replyMarkup: message.buttons ? JSON.stringify({ buttons: message.buttons }) : null,
        pin: message.pin ?? false,
        replyToMessageId: message.replyToMessageId == null ? null : BigInt(message.replyToMessageId),
        nextAttemptAt: options.notBefore ?? options.now,
        createdAt: options.now,
        updatedAt: options.now,
      })),
    });
    added += created.count;
  }
  return added;
}
