import type { Db } from "../../db/create-database.js";

// Completed rounds whose certificate has not gone out (the bot may have stopped right after the last signature).
export async function listUncertifiedRounds(db: Db, options: { limit: number; roundId?: string }) {
  return db.signingRound.findMany({
    where: { state: "completed", certificateSentAt: null, ...(options.roundId ? { id: options.roundId } : {}) },
    take: options.limit,
  });
}
