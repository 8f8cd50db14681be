import { Markup } from "telegraf";
import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { confirmSignature } from "./signing-callbacks.js";

export type SignatureToConfirm = {
  roundId: string;
  role: "signatory" | "delegate";
  unitName: string;
  title: string;
  sha256: string;
  name: string;
};

// First tap on "Ký giao ước": the unit, the title and the fingerprint again, and a final yes.
export function confirmSignView(t: Translate, data: SignatureToConfirm) {
  return {
    text: t(data.role === "delegate" ? "signing.confirm_sign_delegate" : "signing.confirm_sign", {
      unit: data.unitName,
      title: data.title,
      fingerprint: shortFingerprint(data.sha256),
      name: data.name,
    }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("signing.confirm_button"), confirmSignature.pack({ roundId: data.roundId }))],
      cancelRow(t),
    ]),
  };
}
