import type { Db } from "../../db/create-database.js";

// Completed rounds whose certificate has not gone out (the bot may have stopped right after the last signature).
export async function listUncertifiedRounds(db: Db, options: { limit: number }) {
  return db.signingRound.findMany({ where: { state: "completed", certificateSentAt: null }, take: options.limit });
}
