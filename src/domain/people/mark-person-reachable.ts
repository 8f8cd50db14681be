import type { Db } from "../../db/create-database.js";

// Someone Telegram had reported unreachable (they blocked the bot) wrote to it in private again, so they unblocked
// it: they are back in every audience. Conditional, and only called for a person read as unreachable.
export async function markPersonReachable(db: Db, options: { personId: string; now: Date }): Promise<boolean> {
  const { count } = await db.person.updateMany({
    where: { id: options.personId, reachable: false },
    data: { reachable: true, updatedAt: options.now },
  });
  return count > 0;
}
