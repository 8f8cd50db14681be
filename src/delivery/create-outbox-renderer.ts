import type { Db } from "../db/create-database.js";
import type { Locale } from "../config/env-schema.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { recipientLocale, type TranslateParams, type Translator } from "../i18n/translator.js";
import { findPerson } from "../domain/people/find-person.js";
import { findStoredFile } from "../domain/delivery/find-stored-file.js";
import { MessageButtonSchema, type EncodeAction } from "../domain/delivery/message-action.js";
import { formatDate, formatDateTime } from "../i18n/format-date-time.js";

// `upload` is a file the bot made, read from StoredFile, for rows that have no Telegram file id. `commands` is the
// chat's command menu for a "menu" row (a person's role changed).
export type MenuCommand = { command: string; description: string };
export type RenderedMessage = {
  text: string;
  replyMarkup?: unknown;
  upload?: { source: Buffer; filename: string };
  commands?: MenuCommand[];
};

// The bot layer knows which commands a role has; the composition root passes that knowledge in.
export type MenuCommandsFor = (options: { telegramId: number; locale: Locale }) => Promise<MenuCommand[]>;

type Translate = (key: string, params?: TranslateParams) => string;
type RendererOptions = {
  db: Db;
  translator: Translator;
  defaultLocale: Locale;
  timeZone: string;
  encodeAction: EncodeAction;
  menuCommands?: MenuCommandsFor;
};

// Renders a row in the recipient's current language (it may have changed since enqueueing): the text when it
// carries a locale key, dates in APP_TIMEZONE, and the buttons, whose actions become callback data only here.
export function createOutboxRenderer(options: RendererOptions) {
  return async (message: OutboxMessage): Promise<RenderedMessage> => {
    if (message.kind === "menu") return renderMenu(message, options);
    const keyed = message.textKey !== null || message.replyMarkup !== null;
    const person = keyed && message.personId ? await findPerson(options.db, { personId: message.personId }) : null;
    const locale = person ? recipientLocale(person, options.defaultLocale) : options.defaultLocale;
    const t: Translate = (key, params) => options.translator.t(locale, key, params);
    const raw = message.textParams ? (JSON.parse(message.textParams) as Record<string, unknown>) : {};
    const render = (value: unknown) => renderParam(value, t, options.timeZone);
    const params = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, render(value)]));
    const text = message.textKey ? t(message.textKey, params) : message.text;
    const stored = message.storedFileId
      ? await findStoredFile(options.db, { storedFileId: message.storedFileId })
      : null;
    const upload = stored ? { upload: { source: Buffer.from(stored.bytes), filename: stored.name } } : {};
    if (!message.replyMarkup) return { text, ...upload };
    return { text, replyMarkup: renderMarkup(JSON.parse(message.replyMarkup), t, options.encodeAction), ...upload };
  };
}

type LegacyButton = { textKey?: string; textParams?: Record<string, string | number>; [field: string]: unknown };

// { buttons } rows carry domain actions. Rows queued before that change carry Telegram's inline_keyboard with
// { textKey } labels; they are still sent as they are.
function renderMarkup(markup: Record<string, unknown>, t: Translate, encodeAction: EncodeAction): unknown {
  if (Array.isArray(markup.buttons)) {
    const rows = markup.buttons as unknown[][];
    return {
      inline_keyboard: rows.map((row) =>
        row.map((item) => {
          const button = MessageButtonSchema.parse(item);
          return { text: t(button.textKey, button.textParams), callback_data: encodeAction(button.action) };
        }),
      ),
    };
  }
  const legacy = markup as { inline_keyboard?: LegacyButton[][] };
  if (legacy.inline_keyboard) {
    legacy.inline_keyboard = legacy.inline_keyboard.map((row) =>
      row.map(({ textKey, textParams, ...button }) => (textKey ? { ...button, text: t(textKey, textParams) } : button)),
    );
  }
  return legacy;
}

// { key, params } is translated for the recipient, its own params too (a digest line names its period);
// { dateTime } / { date } are formatted in APP_TIMEZONE; a list becomes one line per item.
function renderParam(value: unknown, t: Translate, timeZone: string): string | number {
  if (Array.isArray(value)) return value.map((item) => renderParam(item, t, timeZone)).join("\n");
  if (typeof value === "object" && value !== null) {
    if ("dateTime" in value) return formatDateTime(new Date(String(value.dateTime)), timeZone);
    if ("date" in value) return formatDate(new Date(String(value.date)), timeZone);
    if ("key" in value) {
      const keyed = value as { key: string; params?: Record<string, unknown> };
      const params = keyed.params
        ? Object.fromEntries(
            Object.entries(keyed.params).map(([name, inner]) => [name, renderParam(inner, t, timeZone)]),
          )
        : undefined;
      return t(String(keyed.key), params);
    }
  }
  return value as string | number;
}

// The menu is read when the row is sent, from the person's role then, in their language then.
async function renderMenu(message: OutboxMessage, options: RendererOptions): Promise<RenderedMessage> {
  const person = message.personId ? await findPerson(options.db, { personId: message.personId }) : null;
  if (!person || !options.menuCommands) return { text: "" };
  const locale = recipientLocale(person, options.defaultLocale);
  return { text: "", commands: await options.menuCommands({ telegramId: Number(person.telegramId), locale }) };
}
