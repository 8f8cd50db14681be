import type { Db } from "../../db/create-database.js";
import type { Locale } from "../../config/env-schema.js";
import { recordAudit } from "../audit/record-audit.js";
import type { TelegramProfile } from "./telegram-profile.js";
import { upsertPerson } from "./upsert-person.js";

export async function setPersonLocale(db: Db, options: { profile: TelegramProfile; locale: Locale; now: Date }) {
  return db.$transaction(async (tx) => {
    const person = await upsertPerson(tx, options);
    const updated = await tx.person.update({ where: { id: person.id }, data: { locale: options.locale } });
    await recordAudit(tx, {
      actor: { personId: person.id, telegramId: options.profile.telegramId },
      action: "person.locale_changed",
      subjectType: "person",
      subjectId: person.id,
      details: { from: person.locale, to: options.locale },
      now: options.now,
    });
    return updated;
  });
}
