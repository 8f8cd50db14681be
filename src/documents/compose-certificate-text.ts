import { formatDateTime } from "../i18n/format-date-time.js";
import { formatFingerprint } from "../i18n/format-fingerprint.js";
import type { CertificateRow, SigningCertificate, Translate } from "./signing-certificate.js";
import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type CertificateTextRow = { index: number; unit: string; signer: string; role: string; signedAt: string };

// Every string the signing certificate shows, worded once so any later format (PDF) says the same thing.
export type CertificateText = NationalHeaderText & {
  documentTitle: string;
  headerLeaderUnit: string;
  title: string;
  subtitle: string;
  covenant: string;
  version: string;
  fingerprintLabel: string;
  fingerprint: string;
  openedAt: string;
  completedAt: string;
  timeZone: string;
  intro: string;
  columns: [string, string, string, string, string];
  rows: CertificateTextRow[];
  noRows: string | null;
  summary: string;
  verify: string;
  disclaimer: string;
};

// "UTC+07:00" for Asia/Ho_Chi_Minh: readable in both languages, unlike the IANA name.
export function utcOffsetLabel(date: Date, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const offset = name.replace(/^GMT/, "");
  return `UTC${offset === "" ? "+00:00" : offset}`;
}

function roleText(row: CertificateRow, t: Translate): string {
  if (row.role === "signatory") return t("certificate.role_signatory");
  const name = row.delegatedBy?.trim();
  return name ? t("certificate.role_delegate_for", { name }) : t("certificate.role_delegate");
}

export function composeCertificateText(certificate: SigningCertificate, t: Translate): CertificateText {
  const safe = (text: string) => toXmlSafeText(text);
  const time = (date: Date) => formatDateTime(date, certificate.timeZone);
  const title = { title: certificate.title };
  return {
    documentTitle: safe(t("certificate.document_title", title)),
    ...composeDocumentHeader(
      {
        blocName: certificate.blocName,
        province: certificate.province,
        leaderUnitName: certificate.leaderUnitName,
        date: certificate.completedAt,
        timeZone: certificate.timeZone,
        kind: "certificate",
        signing: certificate.signing,
      },
      t,
    ),
    title: safe(t("certificate.title", title)),
    subtitle: safe(t("certificate.subtitle", title)),
    covenant: safe(t("certificate.covenant", title)),
    version: safe(t("certificate.version", { version: certificate.versionLabel })),
    fingerprintLabel: safe(t("certificate.fingerprint")),
    fingerprint: formatFingerprint(certificate.sha256),
    openedAt: safe(t("certificate.opened_at", { time: time(certificate.openedAt) })),
    completedAt: safe(t("certificate.completed_at", { time: time(certificate.completedAt) })),
    timeZone: safe(t("certificate.time_zone", { zone: utcOffsetLabel(certificate.completedAt, certificate.timeZone) })),
    intro: safe(t("certificate.intro", { bloc: certificate.blocName })),
    columns: [
      safe(t("certificate.col_index")),
      safe(t("certificate.col_unit")),
      safe(t("certificate.col_signer")),
      safe(t("certificate.col_role")),
      safe(t("certificate.col_signed_at")),
    ],
    rows: certificate.rows.map((row, i) => ({
      index: i + 1,
      unit: safe(row.unitName),
      signer: safe(row.signerName),
      role: safe(roleText(row, t)),
      signedAt: time(row.signedAt),
    })),
    noRows: certificate.rows.length === 0 ? safe(t("certificate.no_rows")) : null,
    summary: safe(t("certificate.summary", { count: new Set(certificate.rows.map((row) => row.unitName)).size })),
    verify: safe(t("certificate.verify")),
    disclaimer: safe(t("certificate.disclaimer")),
  };
}
