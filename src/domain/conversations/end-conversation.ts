import type { Db, Tx } from "../../db/create-database.js";

export async function endConversation(db: Db | Tx, options: { personId: string }): Promise<boolean> {
  const { count } = await db.conversation.deleteMany({ where: { personId: options.personId } });
  return count > 0;
}
