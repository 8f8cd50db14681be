import type { Db } from "../../db/create-database.js";

export type ActiveConversation = { id: string; kind: string; step: string; data: Record<string, unknown> };

// An expired conversation counts as none.
export async function getConversation(
  db: Db,
  options: { personId: string; now: Date },
): Promise<ActiveConversation | null> {
  const row = await db.conversation.findUnique({ where: { personId: options.personId } });
  if (!row || row.expiresAt <= options.now) return null;
  return { id: row.id, kind: row.kind, step: row.step, data: JSON.parse(row.data) as Record<string, unknown> };
}
