import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";
import type { Translate } from "../i18n/translator.js";

export type { Translate } from "../i18n/translator.js";

// One unit's signature, as the certificate shows it. A delegate ("ký thay") signs for the unit on behalf of the
// unit's signatory, whose name is `delegatedBy`.
export type CertificateRow = {
  unitName: string;
  signerName: string;
  role: "signatory" | "delegate";
  delegatedBy: string | null;
  signedAt: Date;
};

// Everything the signing certificate (giấy chứng nhận ký kết giao ước thi đua) states, rows already in order.
export type SigningCertificate = {
  blocName: string;
  province: string;
  leaderUnitName: string;
  title: string;
  versionLabel: string;
  // Hex SHA-256 of the exact bytes every signatory received.
  sha256: string;
  openedAt: Date;
  completedAt: Date;
  // Times and the date line are in this zone (Asia/Ho_Chi_Minh), never the server's.
  timeZone: string;
  rows: CertificateRow[];
  signing: DocumentSigning;
};

export type BuildSigningCertificate = (certificate: SigningCertificate, t: Translate) => Promise<Buffer>;
