import type { Db } from "../db/create-database.js";
import type { Locale } from "../config/env-schema.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { recipientLocale, type TranslateParams, type Translator } from "../i18n/translator.js";
import { findPerson } from "../domain/people/find-person.js";
import { findStoredFile } from "../domain/delivery/find-stored-file.js";

// `upload` is a file the bot made, read from StoredFile, for rows that have no Telegram file id.
export type RenderedMessage = { text: string; replyMarkup?: unknown; upload?: { source: Buffer; filename: string } };

type KeyedButton = {
  textKey?: string;
  textParams?: Record<string, string | number>;
  text?: string;
  [field: string]: unknown;
};

// Renders a row in the recipient's current language (it may have changed since enqueueing): the text when it
// carries a locale key, and any button written as { textKey } instead of { text }.
export function createOutboxRenderer(options: { db: Db; translator: Translator; defaultLocale: Locale }) {
  return async (message: OutboxMessage): Promise<RenderedMessage> => {
    const keyed = message.textKey !== null || (message.replyMarkup?.includes('"textKey"') ?? false);
    const person = keyed && message.personId ? await findPerson(options.db, { personId: message.personId }) : null;
    const locale = person ? recipientLocale(person, options.defaultLocale) : options.defaultLocale;
    const t = (key: string, params?: TranslateParams) => options.translator.t(locale, key, params);
    const raw = message.textParams ? (JSON.parse(message.textParams) as Record<string, unknown>) : {};
    const params = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, renderParam(value, t)]));
    const text = message.textKey ? t(message.textKey, params) : message.text;
    const stored = message.storedFileId
      ? await findStoredFile(options.db, { storedFileId: message.storedFileId })
      : null;
    const upload = stored ? { upload: { source: Buffer.from(stored.bytes), filename: stored.name } } : {};
    if (!message.replyMarkup) return { text, ...upload };
    const markup = JSON.parse(message.replyMarkup) as { inline_keyboard?: KeyedButton[][] };
    if (markup.inline_keyboard) {
      markup.inline_keyboard = markup.inline_keyboard.map((row) =>
        row.map(({ textKey, textParams, ...button }) =>
          textKey ? { ...button, text: t(textKey, textParams) } : button,
        ),
      );
    }
    return { text, replyMarkup: markup, ...upload };
  };
}

type Translate = (key: string, params?: TranslateParams) => string;

// { key, params } is translated for the recipient, its own params too (a digest line names its period);
// a list becomes one line per item.
function renderParam(value: unknown, t: Translate): string | number {
  if (Array.isArray(value)) return value.map((item) => renderParam(item, t)).join("\n");
  if (typeof value === "object" && value !== null && "key" in value) {
    const keyed = value as { key: string; params?: Record<string, unknown> };
    const params = keyed.params
      ? Object.fromEntries(Object.entries(keyed.params).map(([name, inner]) => [name, renderParam(inner, t)]))
      : undefined;
    return t(String(keyed.key), params);
  }
  return value as string | number;
}
