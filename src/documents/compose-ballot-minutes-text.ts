import { formatDateTime } from "../i18n/format-date-time.js";
import type { BallotMinutesReport, BallotTitleTally, Translate } from "./ballot-minutes.js";
import { formatPoints } from "./compose-scoring-results-text.js";
import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

// A titled table of the minutes, its rows already words; `empty` stands in for no rows.
export type MinutesTable = { heading: string; notes: string[]; columns: string[]; rows: string[][]; empty: string };

// Every string the minutes show, worded once (a later PDF or text version says the same).
export type BallotMinutesText = NationalHeaderText & {
  documentTitle: string;
  title: string;
  meeting: string[];
  attendance: MinutesTable;
  absent: string;
  ranking: MinutesTable;
  ballotHeading: string;
  ballot: string[];
  // Empty for a void ballot: its counts are not published.
  titles: MinutesTable[];
  resultHeading: string;
  result: string[];
  closing: string;
};

// A fraction (0.5, 5/7) as the percentage the minutes print: "50", "71,43".
export function formatShare(fraction: number, t: Translate): string {
  return formatPoints(fraction * 100, t);
}

function meetingLines(report: BallotMinutesReport, t: Translate): string[] {
  const { startsAt, place, chairUnitName } = report.meeting;
  const time = startsAt ? formatDateTime(startsAt, report.timeZone) : null;
  return [
    time
      ? t("minutes.time", { time: time.slice(11), date: time.slice(0, 10) })
      : t("minutes.time_unknown", { blank: t("minutes.blank") }),
    t("minutes.place", { place: place?.trim() || t("minutes.blank") }),
    t("minutes.chair", { unit: chairUnitName?.trim() || t("minutes.blank") }),
  ];
}

function attendanceTable(report: BallotMinutesReport, t: Translate): MinutesTable {
  const present = new Set(report.attendees.map((attendee) => attendee.unitName)).size;
  return {
    heading: t("minutes.attendance_heading"),
    notes: [t("minutes.attendance_summary", { present, total: report.unitsTotal })],
    columns: [t("minutes.col_index"), t("minutes.col_unit"), t("minutes.col_person")],
    rows: report.attendees.map((attendee, i) => [String(i + 1), attendee.unitName, attendee.personName]),
    empty: t("minutes.no_attendees"),
  };
}

function rankingTable(report: BallotMinutesReport, t: Translate): MinutesTable {
  const column = (name: string) => t(`scoring.results_column_${name}`);
  return {
    heading: t("minutes.ranking_heading", { year: report.year }),
    notes: [t("minutes.ranking_intro")],
    columns: ["rank", "unit", "total", "percent", "band"].map(column),
    rows: report.ranking.map((row) => [
      String(row.rank),
      row.unitName,
      formatPoints(row.total, t),
      formatPoints(row.percent, t),
      row.bandLabel ?? t("scoring.results_band_none"),
    ]),
    empty: t("minutes.no_ranking"),
  };
}

function ballotLines(report: BallotMinutesReport, t: Translate): string[] {
  const { quorum, votesBy } = report;
  return [
    t(report.secret ? "minutes.form_secret" : "minutes.form_open"),
    t(quorum.met ? "minutes.quorum_met" : "minutes.quorum_not_met", {
      voted: quorum.voted,
      total: report.unitsTotal,
      required: quorum.required,
    }),
    t("minutes.votes_by", { ...votesBy }),
  ];
}

function tallyTable(tally: BallotTitleTally, index: number, t: Translate): MinutesTable {
  return {
    heading: t("minutes.title_heading", { index, title: tally.title, seats: tally.seats }),
    notes: [
      t(tally.base === "all_units" ? "minutes.rule_all_units" : "minutes.rule_voting_units", {
        threshold: formatShare(tally.threshold, t),
        count: tally.baseCount,
      }),
    ],
    columns: [
      t("minutes.col_index"),
      t("minutes.col_candidate"),
      t("minutes.col_votes"),
      t("minutes.col_share"),
      t("minutes.col_elected"),
    ],
    rows: tally.candidates.map((candidate, i) => [
      String(i + 1),
      candidate.unitName,
      String(candidate.votes),
      formatShare(candidate.share, t),
      candidate.elected ? t("minutes.elected_mark") : "",
    ]),
    empty: t("minutes.no_candidates"),
  };
}

function resultLines(report: BallotMinutesReport, t: Translate): string[] {
  if (report.result === "void") {
    const reason = report.voidReason?.trim();
    return [reason ? t("minutes.result_void_reason", { reason }) : t("minutes.result_void")];
  }
  return [
    t("minutes.result_valid"),
    ...report.titles.map((tally) => {
      const elected = tally.candidates.filter((candidate) => candidate.elected).map((c) => c.unitName);
      return elected.length === 0
        ? t("minutes.result_title_none", { title: tally.title })
        : t("minutes.result_title", { title: tally.title, units: elected.join(t("minutes.list_separator")) });
    }),
  ];
}

// The chair's name is the signing's when the chair is the leader unit (whose signatory that is); else by hand.
function chairSigning(report: BallotMinutesReport): BallotMinutesReport["signing"] {
  const chair = report.meeting.chairUnitName;
  const chairIsLeader = chair === null || chair === report.leaderUnitName;
  return chairIsLeader ? report.signing : { ...report.signing, signerName: null };
}

export function composeBallotMinutesText(report: BallotMinutesReport, t: Translate): BallotMinutesText {
  const safe = (text: string) => toXmlSafeText(text);
  const safeTable = (table: MinutesTable): MinutesTable => ({
    heading: safe(table.heading),
    notes: table.notes.map(safe),
    columns: table.columns.map(safe),
    rows: table.rows.map((row) => row.map(safe)),
    empty: safe(table.empty),
  });
  const source = { ...report, signing: chairSigning(report), kind: "minutes" as const };
  const header =
    report.leaderUnitName === null
      ? composeDocumentHeader({ ...source, leaderUnitName: null }, t)
      : composeDocumentHeader({ ...source, leaderUnitName: report.leaderUnitName }, t);
  const absent = report.absentUnits;
  return {
    ...header,
    documentTitle: safe(t("minutes.document_title", { year: report.year })),
    title: safe(t("minutes.title", { year: report.year })).toLocaleUpperCase("vi"),
    meeting: meetingLines(report, t).map(safe),
    attendance: safeTable(attendanceTable(report, t)),
    absent: safe(
      absent.length === 0
        ? t("minutes.absent_none")
        : t("minutes.absent", { count: absent.length, units: absent.join(t("minutes.list_separator")) }),
    ),
    ranking: safeTable(rankingTable(report, t)),
    ballotHeading: safe(t("minutes.ballot_heading")),
    ballot: ballotLines(report, t).map(safe),
    titles: report.result === "void" ? [] : report.titles.map((tally, i) => safeTable(tallyTable(tally, i + 1, t))),
    resultHeading: safe(t("minutes.result_heading")),
    result: resultLines(report, t).map(safe),
    closing: safe(t("minutes.closing", { blank: t("minutes.blank") })),
  };
}
