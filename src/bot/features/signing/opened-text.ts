import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Translate } from "../../../i18n/translator.js";

// What the leader reads once the round has gone out.
export function openedText(t: Translate, data: { title: string; sha256: string; signatories: number; units: number }) {
  return t("signing.opened", {
    title: data.title,
    signatories: data.signatories,
    units: data.units,
    fingerprint: shortFingerprint(data.sha256),
  });
}
