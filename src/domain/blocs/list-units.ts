import type { Db } from "../../db/create-database.js";

export async function listUnits(db: Db, options: { blocId: string }) {
  return db.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }, { code: "asc" }] });
}
