import type { Tx } from "../../db/create-database.js";
import { newRowId } from "../../db/new-row-id.js";
import { Prisma } from "../../generated/prisma/client.js";
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
  // "menu": no message, the recipient's command menu is set again (their role changed).
  kind?: "text" | "document" | "photo" | "menu";
  fileId?: string | null;
  // A file the bot made (StoredFile), uploaded at send time when there is no Telegram file id.
  storedFileId?: string | null;
  // Buttons in domain terms; the renderer turns each action into callback data.
  buttons?: MessageButton[][];
  pin?: boolean;
  // Sent as a reply to this message in the same chat.
  replyToMessageId?: bigint | number | null;
};

// Rows per INSERT: 17 bound values each, well below SQLite's bound-parameter limit.
const chunkSize = 500;

export type EnqueueMessagesOptions = {
  intentId: string;
  blocId?: string | null;
  messages: OutgoingMessage[];
  now: Date;
  notBefore?: Date;
};

// Runs inside the caller's transaction, next to the business change that causes the messages.
// The key makes it idempotent: enqueueing the same intent twice adds nothing (ON CONFLICT on the unique key).
// One multi-row INSERT per chunk, not createMany: Prisma compiles a createMany together with its rows, which took
// most of a due report tick (bench/report-tick.ts). A 10,000-recipient announcement holds SQLite's single write
// lock for the whole transaction, and the bot waits behind it.
export async function enqueueMessages(tx: Tx, options: EnqueueMessagesOptions): Promise<number> {
  const byKey = new Map<string, OutgoingMessage>();
  for (const message of options.messages) {
    const key = `${options.intentId}|${message.recipientKey}`;
    if (!byKey.has(key)) byKey.set(key, message);
  }
  const entries = [...byKey];
  let added = 0;
  for (let start = 0; start < entries.length; start += chunkSize) {
    const rows = entries.slice(start, start + chunkSize).map(([key, message]) => rowValues(key, message, options));
    added += await tx.$executeRaw`INSERT INTO "OutboxMessage" ("id", "intentId", "key", "blocId", "personId", "chatId",
      "kind", "text", "textKey", "textParams", "fileId", "storedFileId", "replyMarkup", "pin", "replyToMessageId",
      "nextAttemptAt", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)} ON CONFLICT ("key") DO NOTHING`;
  }
  return added;
}

function rowValues(key: string, message: OutgoingMessage, options: EnqueueMessagesOptions): Prisma.Sql {
  const values = [
    newRowId(),
    options.intentId,
    key,
    options.blocId ?? null,
    message.personId ?? null,
    BigInt(message.chatId),
    message.kind ?? "text",
    message.text ?? "",
    message.textKey ?? null,
    message.textParams ? JSON.stringify(message.textParams) : null,
    message.fileId ?? null,
    message.storedFileId ?? null,
    message.buttons ? JSON.stringify({ buttons: message.buttons }) : null,
    message.pin ?? false,
    message.replyToMessageId == null ? null : BigInt(message.replyToMessageId),
    options.notBefore ?? options.now,
    options.now,
    options.now,
  ];
  return Prisma.sql`(${Prisma.join(values)})`;
}
