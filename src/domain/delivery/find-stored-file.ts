import type { Db } from "../../db/create-database.js";

export async function findStoredFile(db: Db, options: { storedFileId: string }) {
  return db.storedFile.findUnique({ where: { id: options.storedFileId } });
}
