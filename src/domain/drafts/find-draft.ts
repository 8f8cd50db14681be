import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { parseClauses } from "./draft-clause.js";

// A draft of this bloc with its current (latest) version and that version's clauses.
export async function findDraft(db: Db | Tx, options: { blocId: string; draftId: string }) {
  const draft = await db.draft.findFirst({
    where: { id: options.draftId, blocId: options.blocId },
    include: { versions: { orderBy: { number: "desc" } } },
  });
  if (!draft || draft.versions.length === 0) throw new DomainError("drafts.error_gone");
  const current = draft.versions[0]!;
  return { draft, current, clauses: parseClauses(current.clauses) };
}
