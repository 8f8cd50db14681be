import type { Db } from "../db/create-database.js";
import type { Locale } from "../config/env-schema.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import { recipientLocale, type Translator } from "../i18n/translator.js";
import { findPerson } from "../domain/people/find-person.js";

// Renders a keyed outbox row in the recipient's current language (it may have changed since enqueueing).
export function createOutboxRenderer(options: { db: Db; translator: Translator; defaultLocale: Locale }) {
  return async (message: OutboxMessage): Promise<string> => {
    const person = message.personId ? await findPerson(options.db, { personId: message.personId }) : null;
    const locale = person ? recipientLocale(person, options.defaultLocale) : options.defaultLocale;
    const raw = message.textParams ? (JSON.parse(message.textParams) as Record<string, unknown>) : {};
    const params = Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [
        name,
        typeof value === "object" && value !== null && "key" in value ? options.translator.t(locale, String((value as { key: string }).key)) : (value as string | number),
      ]),
    );
    return options.translator.t(locale, message.textKey ?? "", params);
  };
}
