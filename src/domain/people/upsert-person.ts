import type { Db, Tx } from "../../db/create-database.js";
import type { Person } from "../../generated/prisma/client.js";
import type { TelegramProfile } from "./telegram-profile.js";

// Keeps the name and chat current; a person who writes to the bot is reachable again.
export async function upsertPerson(tx: Tx | Db, options: { profile: TelegramProfile; now: Date }): Promise<Person> {
  const { profile, now } = options;
  const fields = {
    chatId: BigInt(profile.chatId),
    firstName: profile.firstName,
    lastName: profile.lastName ?? null,
    username: profile.username ?? null,
    languageCode: profile.languageCode ?? null,
    reachable: true,
    updatedAt: now,
  };
  return tx.person.upsert({
    where: { telegramId: BigInt(profile.telegramId) },
    create: { telegramId: BigInt(profile.telegramId), createdAt: now, ...fields },
    update: fields,
  });
}
