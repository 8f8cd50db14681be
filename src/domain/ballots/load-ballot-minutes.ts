import type { Db } from "../../db/create-database.js";
import type { Translate } from "../../i18n/translator.js";
import { findDocumentSigning } from "../blocs/find-document-signing.js";
import { getConferenceOverview } from "../conference/get-conference-overview.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import type { BallotMinutesData } from "./ballot-document-data.js";
import { getBallotResults } from "./get-ballot-results.js";
import { loadBallotRanking } from "./load-ballot-ranking.js";

export type LoadBallotDocumentOptions = {
  actor: Actor;
  blocId: string;
  ballotId: string;
  now: Date;
  timeZone: string;
  // The void reason is written in the document's language.
  t: Translate;
};

// The minutes of the meeting's vote, from the database: the meeting and who attended (the conference's check-in),
// the ranking, how the votes came in (counts only), each title's tally and the result, or why it is void.
export async function loadBallotMinutes(db: Db, options: LoadBallotDocumentOptions): Promise<BallotMinutesData> {
  assertCan(options.actor, "ballot.documents");
  const results = await getBallotResults(db, options);
  const { ballot, quorum } = results;
  const heading = await loadDocumentHeading(db, { ...options, year: ballot.year });
  const meeting = ballot.conferenceId
    ? await getConferenceOverview(db, { blocId: options.blocId, conferenceId: ballot.conferenceId })
    : null;
  const present = meeting?.rows.filter((row) => row.checkedInAt) ?? [];
  const units = await db.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }] });
  const ranking = await loadBallotRanking(db, { ...options, year: ballot.year });
  return {
    ...heading,
    year: ballot.year,
    date: ballot.closedAt ?? options.now,
    timeZone: options.timeZone,
    meeting: {
      startsAt: meeting?.conference.startsAt ?? null,
      place: meeting?.conference.venue ?? null,
      chairUnitName: heading.leaderUnitName,
    },
    attendees: present.flatMap((row) =>
      row.attendees.length
        ? row.attendees.map((a) => ({
            unitName: row.unitName,
            personName: a.title ? `${a.name} – ${a.title}` : a.name,
          }))
        : [{ unitName: row.unitName, personName: "" }],
    ),
    absentUnits: units.filter((u) => !present.some((row) => row.unitId === u.id)).map((u) => u.name),
    unitsTotal: ballot.unitsTotal,
    ranking: (ranking ?? []).map(({ rank, unitName, total, percent, bandLabel }) => ({
      rank,
      unitName,
      total,
      percent,
      bandLabel,
    })),
    secret: ballot.secret,
    quorum,
    votesBy: results.votesBy,
    titles: results.titles.map((title) => ({
      title: title.name,
      seats: title.seats,
      base: ballot.thresholdBase as "all_units" | "voting_units",
      baseCount: title.baseCount,
      threshold: ballot.threshold,
      candidates: title.candidates.map((c) => ({ ...c, elected: c.outcome === "elected" })),
    })),
    result: ballot.state === "void" ? "void" : "valid",
    voidReason:
      ballot.state === "void"
        ? options.t("ballots.void_reason_quorum", { voted: quorum.voted, required: quorum.required })
        : null,
  };
}

// The bloc, its leader unit of the ballot's year and who signs for it.
export async function loadDocumentHeading(db: Db, options: { blocId: string; year: number }) {
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const term =
    (await db.term.findUnique({
      where: { blocId_year: { blocId: options.blocId, year: options.year } },
      include: { leaderUnit: true },
    })) ?? null;
  return {
    blocName: bloc.name,
    province: bloc.province,
    leaderUnitName: term?.leaderUnit.name ?? null,
    signing: await findDocumentSigning(db, options.blocId),
  };
}
