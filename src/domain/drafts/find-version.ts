import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

export async function findVersion(db: Db, options: { blocId: string; versionId: string }) {
  const version = await db.draftVersion.findFirst({
    where: { id: options.versionId, draft: { blocId: options.blocId } },
    include: { draft: true },
  });
  if (!version) throw new DomainError("drafts.error_gone");
  return version;
}
