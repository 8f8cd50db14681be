import type { Tx } from "../../db/create-database.js";
import { newRowId } from "../../db/new-row-id.js";
import { sqlDialect } from "../../db/sql-dialect.js";
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

// Rows per INSERT: one bound value (a JSON array) whatever the size, kept in chunks so no statement holds a whole
// 10,000-recipient broadcast in memory twice.
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
// One INSERT per chunk whose rows arrive as one JSON parameter, taken apart by the database (json_each,
// json_to_recordset): Prisma's cost is per bound value, and a due report tick's 200 messages as 3,600 values took
// more time in Prisma than in SQLite (bench/report-tick.ts). What every row shares (intent, bloc, instants) is
// bound once. A 10,000-recipient announcement holds SQLite's single write lock for the whole transaction, and
// the bot waits behind it.
export async function enqueueMessages(tx: Tx, options: EnqueueMessagesOptions): Promise<number> {
  const byKey = new Map<string, OutgoingMessage>();
  for (const message of options.messages) {
    const key = `${options.intentId}|${message.recipientKey}`;
    if (!byKey.has(key)) byKey.set(key, message);
  }
  const entries = [...byKey];
  const insert = sqlDialect(tx) === "postgresql" ? insertPostgres : insertSqlite;
  let added = 0;
  for (let start = 0; start < entries.length; start += chunkSize) {
    const rows = entries.slice(start, start + chunkSize).map(([key, message]) => rowOf(key, message));
    added += await insert(tx, JSON.stringify(rows), options);
  }
  return added;
}

// The per-row columns; big integers travel as text (JSON numbers are doubles) and are cast back.
function rowOf(key: string, message: OutgoingMessage) {
  return {
    id: newRowId(),
    key,
    personId: message.personId ?? null,
    chatId: String(message.chatId),
    kind: message.kind ?? "text",
    text: message.text ?? "",
    textKey: message.textKey ?? null,
    textParams: message.textParams ? JSON.stringify(message.textParams) : null,
    fileId: message.fileId ?? null,
    storedFileId: message.storedFileId ?? null,
    replyMarkup: message.buttons ? JSON.stringify({ buttons: message.buttons }) : null,
    pin: message.pin ?? false,
    replyToMessageId: message.replyToMessageId == null ? null : String(message.replyToMessageId),
  };
}

// `WHERE true`: SQLite's grammar needs it between an INSERT's SELECT and its ON CONFLICT.
function insertSqlite(tx: Tx, rows: string, options: EnqueueMessagesOptions): Promise<number> {
  return tx.$executeRaw`INSERT INTO "OutboxMessage" ("id", "intentId", "key", "blocId", "personId", "chatId",
      "kind", "text", "textKey", "textParams", "fileId", "storedFileId", "replyMarkup", "pin", "replyToMessageId",
      "nextAttemptAt", "createdAt", "updatedAt")
    SELECT r.value ->> 'id', ${options.intentId}, r.value ->> 'key', ${options.blocId ?? null}, r.value ->> 'personId',
      CAST(r.value ->> 'chatId' AS INTEGER), r.value ->> 'kind', r.value ->> 'text', r.value ->> 'textKey',
      r.value ->> 'textParams', r.value ->> 'fileId', r.value ->> 'storedFileId', r.value ->> 'replyMarkup',
      r.value ->> 'pin', CAST(r.value ->> 'replyToMessageId' AS INTEGER), ${options.notBefore ?? options.now},
      ${options.now}, ${options.now}
    FROM json_each(${rows}) r WHERE true
    ON CONFLICT ("key") DO NOTHING`;
}

// Bound parameters have no type of their own in a SELECT list: each is cast to its column's.
function insertPostgres(tx: Tx, rows: string, options: EnqueueMessagesOptions): Promise<number> {
  return tx.$executeRaw`INSERT INTO "OutboxMessage" ("id", "intentId", "key", "blocId", "personId", "chatId",
      "kind", "text", "textKey", "textParams", "fileId", "storedFileId", "replyMarkup", "pin", "replyToMessageId",
      "nextAttemptAt", "createdAt", "updatedAt")
    SELECT r."id", ${options.intentId}::text, r."key", ${options.blocId ?? null}::text, r."personId",
      r."chatId"::bigint, r."kind", r."text", r."textKey", r."textParams", r."fileId", r."storedFileId",
      r."replyMarkup", r."pin", r."replyToMessageId"::bigint, ${options.notBefore ?? options.now}::timestamp(3),
      ${options.now}::timestamp(3), ${options.now}::timestamp(3)
    FROM json_to_recordset(${rows}::json) AS r("id" text, "key" text, "personId" text, "chatId" text, "kind" text,
      "text" text, "textKey" text, "textParams" text, "fileId" text, "storedFileId" text, "replyMarkup" text,
      "pin" boolean, "replyToMessageId" text)
    ON CONFLICT ("key") DO NOTHING`;
}
