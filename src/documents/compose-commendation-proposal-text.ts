import { formatDate } from "../i18n/format-date-time.js";
import type { CommendationProposalReport, Translate } from "./commendation-proposal.js";
import { formatShare } from "./compose-ballot-minutes-text.js";
import { formatPoints } from "./compose-scoring-results-text.js";
import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type ProposalTitleText = { heading: string; rows: string[][] };

// Every string the proposal shows, worded once.
export type CommendationProposalText = NationalHeaderText & {
  documentTitle: string;
  title: string;
  subtitle: string;
  addressee: string;
  basis: string[];
  request: string;
  columns: string[];
  titles: ProposalTitleText[];
  noUnits: string;
  noProposals: string | null;
  attachmentsTitle: string;
  attachments: string[];
  closing: string;
};

// "- item;" for every item of a list but the last, which ends the list: "- item.".
function listItems(items: string[], t: Translate): string[] {
  return items.map((item, i) =>
    t(i === items.length - 1 ? "proposal.list_item_last" : "proposal.list_item", { item: item.trim() }),
  );
}

function proposalTitles(report: CommendationProposalReport, t: Translate): ProposalTitleText[] {
  return report.proposals.map((proposal, i) => ({
    heading: t("proposal.title_heading", { index: i + 1, title: proposal.title, count: proposal.units.length }),
    rows: proposal.units.map((unit, j) => [
      String(j + 1),
      unit.unitName,
      formatPoints(unit.total, t),
      formatPoints(unit.percent, t),
      unit.bandLabel ?? t("scoring.results_band_none"),
      String(unit.votes),
      formatShare(unit.share, t),
    ]),
  }));
}

export function composeCommendationProposalText(
  report: CommendationProposalReport,
  t: Translate,
): CommendationProposalText {
  const safe = (text: string) => toXmlSafeText(text);
  const source = { ...report, kind: "proposal" as const };
  const header =
    report.leaderUnitName === null
      ? composeDocumentHeader({ ...source, leaderUnitName: null }, t)
      : composeDocumentHeader({ ...source, leaderUnitName: report.leaderUnitName }, t);
  const names = { bloc: report.blocName, recipient: report.recipient.trim(), year: report.year };
  const ballotDate = formatDate(report.ballotDate, report.timeZone);
  const column = (name: string) => t(`proposal.col_${name}`);
  const attachments = [
    t("proposal.attachment_minutes", { date: ballotDate }),
    t("proposal.attachment_results", names),
    t("proposal.attachment_reports"),
    ...report.attachments.filter((name) => name.trim() !== ""),
  ];
  return {
    ...header,
    documentTitle: safe(t("proposal.document_title", names)),
    title: safe(t("proposal.title")).toLocaleUpperCase("vi"),
    subtitle: safe(t("proposal.subtitle", names)),
    addressee: safe(t("proposal.addressee", names)),
    basis: [
      t("proposal.basis_covenant", names),
      t("proposal.basis_results", names),
      t("proposal.basis_minutes", { ...names, date: ballotDate }),
    ].map(safe),
    request: safe(t("proposal.request", names)),
    columns: ["index", "unit", "total", "percent", "band", "votes", "share"].map(column).map(safe),
    titles: proposalTitles(report, t).map((title) => ({
      heading: safe(title.heading),
      rows: title.rows.map((row) => row.map(safe)),
    })),
    noUnits: safe(t("proposal.no_units")),
    noProposals: report.proposals.length === 0 ? safe(t("proposal.no_proposals")) : null,
    attachmentsTitle: safe(t("proposal.attachments_title")),
    attachments: listItems(attachments, t).map(safe),
    closing: safe(t("proposal.closing", names)),
  };
}
