import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { assertCan } from "../policy/policy.js";
import type { CommendationProposalData } from "./ballot-document-data.js";
import { getBallotResults } from "./get-ballot-results.js";
import { loadBallotRanking } from "./load-ballot-ranking.js";
import { loadDocumentHeading, type LoadBallotDocumentOptions } from "./load-ballot-minutes.js";

// The proposal to the provincial council: per commendation title, the units the vote elected with their final
// scores and vote share. Only a closed (valid) ballot proposes anything.
export async function loadCommendationProposal(
  db: Db,
  options: LoadBallotDocumentOptions,
): Promise<CommendationProposalData> {
  assertCan(options.actor, "ballot.documents");
  const results = await getBallotResults(db, options);
  const { ballot } = results;
  if (ballot.state !== "closed") throw new DomainError("ballots.error_void_no_proposal");
  const heading = await loadDocumentHeading(db, { ...options, year: ballot.year });
  const ranking = new Map(
    ((await loadBallotRanking(db, { ...options, year: ballot.year })) ?? []).map((r) => [r.unitId, r]),
  );
  return {
    ...heading,
    year: ballot.year,
    date: options.now,
    timeZone: options.timeZone,
    recipient: options.t("ballots.proposal_recipient", { province: heading.province }),
    ballotDate: ballot.closedAt ?? options.now,
    proposals: results.titles
      .filter((title) => title.kind === "commendation")
      .map((title) => ({
        title: title.name,
        units: title.candidates
          .filter((c) => c.outcome === "elected")
          .map((c) => {
            const row = ranking.get(c.unitId);
            return {
              unitName: c.unitName,
              total: row?.total ?? 0,
              percent: row?.percent ?? 0,
              bandLabel: row?.bandLabel ?? null,
              votes: c.votes,
              share: c.share,
            };
          }),
      })),
    // The builder lists the dossier's usual three (minutes, scoring results, achievement reports) itself.
    attachments: [],
  };
}
