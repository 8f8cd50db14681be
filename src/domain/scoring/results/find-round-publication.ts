import type { Db } from "../../../db/create-database.js";

// The bloc's latest round (or the given year's): its year and whether, when and how its ranking was published.
export async function findRoundPublication(db: Db, options: { blocId: string; year?: number }) {
  const round = await db.reviewRound.findFirst({
    where: { blocId: options.blocId, ...(options.year ? { year: options.year } : {}) },
    orderBy: { year: "desc" },
    select: { year: true, publishedAt: true, publishedProvisional: true },
  });
  return round;
}
