import type { Db } from "../../db/create-database.js";

// Versions marked final, newest first: the texts a signing round can be opened on.
export async function listFinalVersions(db: Db, options: { blocId: string }) {
  return db.draftVersion.findMany({
    where: { isFinal: true, draft: { blocId: options.blocId } },
    include: { draft: true },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
}
