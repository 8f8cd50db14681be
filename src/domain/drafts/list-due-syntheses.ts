import type { Db } from "../../db/create-database.js";

// Drafts whose deadline has passed and whose synthesis has not gone to the leader unit yet.
export async function listDueSyntheses(db: Db, options: { now: Date; limit: number }) {
  return db.draft.findMany({
    where: { deadline: { lte: options.now }, synthesisSentAt: null },
    orderBy: { deadline: "asc" },
    take: options.limit,
  });
}
