import type { Db } from "../../db/create-database.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { findDocumentSigning } from "../blocs/find-document-signing.js";
import { getSigningStatus } from "./get-signing-status.js";

// What the signing certificate states, for a completed round.
export async function getCertificateData(db: Db, options: { blocId: string; roundId: string }) {
  const status = await getSigningStatus(db, options);
  if (!status) return null;
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const term = await findCurrentTerm(db, options.blocId);
  const version = status.round.draftVersionId
    ? await db.draftVersion.findUnique({ where: { id: status.round.draftVersionId } })
    : null;
  return {
    blocName: bloc.name,
    province: bloc.province,
    leaderUnitName: term?.leaderUnit.name ?? "",
    title: status.round.title,
    versionNumber: version?.number ?? null,
    fileName: status.round.fileName,
    sha256: status.round.sha256,
    openedAt: status.round.openedAt,
    completedAt: status.round.completedAt ?? status.round.openedAt,
    rows: status.rows.flatMap((row) =>
      row.signedAt
        ? [
            {
              unitName: row.unitName,
              signerName: row.signerName ?? "?",
              role: (row.role ?? "signatory") as "signatory" | "delegate",
              delegatedBy: row.delegatedByName,
              signedAt: row.signedAt,
            },
          ]
        : [],
    ),
    signing: await findDocumentSigning(db, options.blocId),
  };
}

export type CertificateData = NonNullable<Awaited<ReturnType<typeof getCertificateData>>>;
