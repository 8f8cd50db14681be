import type { Translate } from "../i18n/translator.js";
import { synthesisDateParams } from "./synthesis-date-params.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

// The administrative header every document the bot makes opens with (Decree 30/2020/NĐ-CP): the issuing bloc, and
// under it the leader unit when the document is the leader's, on the left; the national motto and the place and
// date on the right. Worded once from the `document.*` keys; docx-layout and xlsx-layout lay it out.
export type NationalHeaderText = {
  headerBloc: string;
  headerLeaderUnit: string | null;
  mottoCountry: string;
  mottoSlogan: string;
  datePlace: string;
};

export type DocumentHeaderSource = {
  blocName: string;
  province: string;
  // null: the document is the bloc's (attendee list, compliance), not the leader unit's.
  leaderUnitName: string | null;
  // The day the document is dated, shown in `timeZone`.
  date: Date;
  timeZone: string;
};

type WithLeader = NationalHeaderText & { headerLeaderUnit: string };
type WithoutLeader = NationalHeaderText & { headerLeaderUnit: null };

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
    mottoCountry: safe(t("document.motto_country")),
    mottoSlogan: safe(t("document.motto_slogan")),
    datePlace: safe(
      t("document.date_place", { province: source.province, ...synthesisDateParams(source.date, source.timeZone) }),
    ),
  };
}
