import type { Db } from "../../db/create-database.js";

export async function findPerson(db: Db, options: { personId: string }) {
  return db.person.findUnique({ where: { id: options.personId } });
}
