import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";
import type { Translate } from "../i18n/translator.js";
import { synthesisDateParams } from "./synthesis-date-params.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

// The closing of every document (Decree 30/2020/NĐ-CP): the recipients on the left, and on the right the signer's
// authority ("TM." the bloc), function and name, with room between them for the hand signature and the seal.
export type DocumentFooterText = {
  recipientsTitle: string;
  recipients: string[];
  signAuthority: string;
  signTitle: string;
  // Empty when the leader unit has no signatory yet: the name is then written by hand.
  signerName: string;
  // A second signature in place of the recipients: the minutes are signed by their secretary and their chair.
  // Laid out by docx-administrative only (the minutes have no workbook).
  countersign?: DocumentSignatureText;
};

// A signature without authority line: its function ("THƯ KÝ") and the name, empty to be written by hand.
export type DocumentSignatureText = { title: string; name: string };

// The administrative header every document the bot makes opens with: the issuing bloc, and under it the leader unit
// when the document is the leader's, then the "Số: …/…" line, on the left; the national motto and the place and
// date on the right. Lines of the issuer are separated by "\n" (the province on its own line, so a narrow column
// never splits its name); docx-layout and xlsx-layout lay it out. `footer` closes the same document.
export type NationalHeaderText = {
  headerBloc: string;
  headerLeaderUnit: string | null;
  number: string;
  mottoCountry: string;
  mottoSlogan: string;
  datePlace: string;
  footer: DocumentFooterText;
};

// Which kind of document, for the abbreviation in its number ("BC" in "Số: …/BC-KG-KTT4").
export type DocumentKind =
  | "synthesis"
  | "certificate"
  | "attendees"
  | "compliance"
  | "results"
  // Biên bản (BB) and tờ trình (TTr) of the year-end review meeting.
  | "minutes"
  | "proposal";

export type DocumentHeaderSource = {
  blocName: string;
  province: string;
  // null: the document is the bloc's (attendee list, compliance), not the leader unit's.
  leaderUnitName: string | null;
  // The day the document is dated, shown in `timeZone`.
  date: Date;
  timeZone: string;
  kind: DocumentKind;
  signing: DocumentSigning;
};

type WithLeader = NationalHeaderText & { headerLeaderUnit: string };
type WithoutLeader = NationalHeaderText & { headerLeaderUnit: null };

// Minutes are not sent on with "Nơi nhận": the meeting's secretary signs on the left, its chair (the signing's
// signer) on the right, neither "TM." the bloc.
function composeMinutesFooter(source: DocumentHeaderSource, t: Translate): DocumentFooterText {
  const upper = (text: string) => toXmlSafeText(text).toLocaleUpperCase("vi");
  return {
    recipientsTitle: "",
    recipients: [],
    signAuthority: "",
    signTitle: upper(t("document.sign_title_chair")),
    signerName: toXmlSafeText(source.signing.signerName?.trim() ?? ""),
    countersign: { title: upper(t("document.sign_title_secretary")), name: "" },
  };
}

// A proposal is addressed ("Kính gửi"), so its first recipient is "the addressee above".
function recipientKeys(kind: DocumentKind): string[] {
  const usual = ["document.recipient_units", "document.recipient_board", "document.recipient_archive"];
  return kind === "proposal" ? ["document.recipient_above", ...usual] : usual;
}

function composeFooter(source: DocumentHeaderSource, t: Translate): DocumentFooterText {
  if (source.kind === "minutes") return composeMinutesFooter(source, t);
  const safe = (text: string) => toXmlSafeText(text);
  return {
    recipientsTitle: safe(t("document.recipients_title")),
    recipients: recipientKeys(source.kind).map((key) => safe(t(key))),
    signAuthority: safe(t("document.sign_authority", { bloc: source.blocName })).toLocaleUpperCase("vi"),
    signTitle: safe(t("document.sign_title")).toLocaleUpperCase("vi"),
    signerName: safe(source.signing.signerName?.trim() ?? ""),
  };
}

export function composeDocumentHeader(
  source: DocumentHeaderSource & { leaderUnitName: string },
  t: Translate,
): WithLeader;
export function composeDocumentHeader(
  source: DocumentHeaderSource & { leaderUnitName: null },
  t: Translate,
): WithoutLeader;
export function composeDocumentHeader(source: DocumentHeaderSource, t: Translate): NationalHeaderText {
  const safe = (text: string) => toXmlSafeText(text);
  const upper = (text: string) => safe(text).toLocaleUpperCase("vi");
  return {
    headerBloc: upper(t("document.header_bloc", { bloc: source.blocName, province: source.province })),
    headerLeaderUnit:
      source.leaderUnitName === null ? null : upper(t("document.header_leader_unit", { unit: source.leaderUnitName })),
    number: safe(
      t("document.number", {
        kind: t(`document.kind_${source.kind}`),
        issuer: source.signing.blocCode.toLocaleUpperCase("vi"),
      }),
    ),
    mottoCountry: safe(t("document.motto_country")),
    mottoSlogan: safe(t("document.motto_slogan")),
    datePlace: safe(
      t("document.date_place", { province: source.province, ...synthesisDateParams(source.date, source.timeZone) }),
    ),
    footer: composeFooter(source, t),
  };
}
