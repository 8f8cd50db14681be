import type { Db } from "../../db/create-database.js";
import { conversationTtlMs } from "./conversation-ttl.js";

export type StartConversationOptions = {
  personId: string;
  kind: string;
  step: string;
  data?: Record<string, unknown>;
  now: Date;
};

// One conversation per person: starting a new wizard replaces an unfinished one.
export async function startConversation(db: Db, options: StartConversationOptions) {
  const values = {
    kind: options.kind,
    step: options.step,
    data: JSON.stringify(options.data ?? {}),
    expiresAt: new Date(options.now.getTime() + conversationTtlMs),
    updatedAt: options.now,
  };
  return db.conversation.upsert({
    where: { personId: options.personId },
    create: { personId: options.personId, ...values, createdAt: options.now },
    update: values,
  });
}
