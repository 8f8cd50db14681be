import { formatDateTime } from "../../../i18n/format-date-time.js";
import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Translate } from "../../../i18n/translator.js";

// What a signer reads once their signature is recorded.
export function signedText(
  t: Translate,
  data: { unitName: string; title: string; sha256: string; signedAt: Date; signed: number; units: number },
  timeZone: string,
) {
  return t("signing.signed", {
    unit: data.unitName,
    title: data.title,
    fingerprint: shortFingerprint(data.sha256),
    time: formatDateTime(data.signedAt, timeZone),
    signed: data.signed,
    total: data.units,
  });
}
