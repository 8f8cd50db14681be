import type { Db } from "../../db/create-database.js";

// Only units of the given bloc: an id or code from elsewhere finds nothing.
export async function findUnit(db: Db, options: { blocId: string; unitId: string }) {
  return db.unit.findFirst({ where: { id: options.unitId, blocId: options.blocId } });
}

// Codes match case-insensitively, as in the bloc import.
export async function findUnitByCode(db: Db, options: { blocId: string; code: string }) {
  const wanted = options.code.toUpperCase();
  const units = await db.unit.findMany({ where: { blocId: options.blocId } });
  return units.find((unit) => unit.code.toUpperCase() === wanted) ?? null;
}
