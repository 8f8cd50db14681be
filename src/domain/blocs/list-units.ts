import type { Db } from "../../db/create-database.js";

export async function listUnits(db: Db, options: { blocId: string }) {
  return db.unit.findMany({ where: { blocId: options.blocId }, orderBy: { createdAt: "asc" } });
}
