import type { Db, Tx } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";
import { findCurrentTerm } from "./find-current-term.js";

// Who signs the bloc's administrative documents and what they are numbered under: the leader unit's signatory
// signs on behalf of the bloc (Decree 30/2020/NĐ-CP, "TM."), and the bloc's code stands for the issuer in "Số: …/…".
export type DocumentSigning = { blocCode: string; signerName: string | null };

export async function findDocumentSigning(db: Db | Tx, blocId: string): Promise<DocumentSigning> {
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: blocId } });
  const term = await findCurrentTerm(db, blocId);
  // The longest-serving signatory, so the name does not change when a second one joins.
  const signatory = term
    ? await db.membership.findFirst({
        where: { blocId, unitId: term.leaderUnitId, role: "signatory", removedAt: null },
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        include: { person: true },
      })
    : null;
  return { blocCode: bloc.code, signerName: signatory ? personName(signatory.person) : null };
}
