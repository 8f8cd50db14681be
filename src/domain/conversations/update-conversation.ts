import type { Db } from "../../db/create-database.js";
import { conversationTtlMs } from "./conversation-ttl.js";

export type UpdateConversationOptions = { personId: string; step: string; data: Record<string, unknown>; now: Date };

// Each answer is saved before the bot replies, so a restart mid-wizard resumes at the same step.
export async function updateConversation(db: Db, options: UpdateConversationOptions): Promise<void> {
  await db.conversation.update({
    where: { personId: options.personId },
    data: {
      step: options.step,
      data: JSON.stringify(options.data),
      expiresAt: new Date(options.now.getTime() + conversationTtlMs),
      updatedAt: options.now,
    },
  });
}
