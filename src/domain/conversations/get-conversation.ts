import type { Db } from "../../db/create-database.js";

export type ActiveConversation = { id: string; kind: string; step: string; data: Record<string, unknown> };

// An expired conversation counts as none.
export async function getConversation(
  db: Db,
  options: { personId: string; now: Date },
): Promise<ActiveConversation | null> {
  const row = await db.conversation.findUnique({ where: { personId: options.personId } });
  return activeConversationOf(row, options.now);
}

export function activeConversationOf(
  row: { id: string; kind: string; step: string; data: string; expiresAt: Date } | null,
  now: Date,
): ActiveConversation | null {
  if (!row || row.expiresAt <= now) return null;
  return { id: row.id, kind: row.kind, step: row.step, data: JSON.parse(row.data) as Record<string, unknown> };
}
