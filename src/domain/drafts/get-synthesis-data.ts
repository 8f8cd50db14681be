import type { Db } from "../../db/create-database.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { findDocumentSigning } from "../blocs/find-document-signing.js";
import { getDraftOverview } from "./get-draft-overview.js";

// Everything the synthesis table (bảng tổng hợp ý kiến góp ý) shows, as plain data; the layout is elsewhere.
export async function getSynthesisData(db: Db, options: { blocId: string; draftId: string }) {
  const overview = await getDraftOverview(db, options);
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const term = await findCurrentTerm(db, options.blocId);
  return {
    blocName: bloc.name,
    province: bloc.province,
    leaderUnitName: term?.leaderUnit.name ?? "",
    draftTitle: overview.draft.title,
    versionNumber: overview.current.number,
    deadline: overview.draft.deadline,
    rows: overview.comments.map((comment) => ({
      clauseLabel: comment.clauseLabel,
      unitName: comment.unitName,
      comment: comment.text,
      responseKind: (comment.responseKind ?? "pending") as "accepted" | "explained" | "pending",
      responseText: comment.responseText,
    })),
    agreedUnits: overview.units.filter((unit) => unit.status === "no_comments").map((unit) => unit.unitName),
    silentUnits: overview.units.filter((unit) => unit.status === "silent").map((unit) => unit.unitName),
    signing: await findDocumentSigning(db, options.blocId),
  };
}

export type SynthesisData = Awaited<ReturnType<typeof getSynthesisData>>;
