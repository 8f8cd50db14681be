import type { Db } from "../../db/create-database.js";

// A member's own live comments on a draft, to edit or withdraw them.
export async function listMyComments(db: Db, options: { draftId: string; personId: string }) {
  return db.draftComment.findMany({
    where: { draftId: options.draftId, personId: options.personId, withdrawnAt: null },
    orderBy: { createdAt: "asc" },
  });
}
