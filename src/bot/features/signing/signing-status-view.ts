import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { getSigningStatus } from "../../../domain/signing/get-signing-status.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Translate } from "../../../i18n/translator.js";
import { chooseDelegate, signRound, voidRound } from "./signing-callbacks.js";

export type SigningStatus = NonNullable<Awaited<ReturnType<typeof getSigningStatus>>>;
type StatusRow = SigningStatus["rows"][number];
// Which buttons the person gets under an open round: sign and delegate for their unit, void for the leader.
export type StatusButtons = { sign: boolean; delegate: boolean; void: boolean };

function rowLine(t: Translate, row: StatusRow, timeZone: string): string {
  const unit = row.shortName ?? row.unitName;
  if (row.signedAt)
    return t(row.role === "delegate" ? "signing.row_signed_delegate" : "signing.row_signed", {
      unit,
      name: row.signerName ?? "?",
      by: row.delegatedByName ?? "",
      time: formatDateTime(row.signedAt, timeZone),
    });
  return t(row.delegateName ? "signing.row_missing_delegate" : "signing.row_missing", {
    unit,
    delegate: row.delegateName ?? "",
  });
}

// The latest round: its state, fingerprint and count, then one line per unit.
export function signingStatusView(
  t: Translate,
  data: { status: SigningStatus; timeZone: string; buttons: StatusButtons },
) {
  const { round } = data.status;
  const lines = [
    t(`signing.status_${round.state}`, {
      title: round.title,
      signed: data.status.signed,
      total: data.status.total,
      fingerprint: shortFingerprint(round.sha256),
      reason: round.voidReason ?? "",
    }),
    ...data.status.rows.map((row) => rowLine(t, row, data.timeZone)),
  ];
  const rows: InlineKeyboardButton[][] = [];
  const roundId = round.id;
  if (round.state === "open") {
    if (data.buttons.sign) rows.push([Markup.button.callback(t("signing.sign_button"), signRound.pack({ roundId }))]);
    if (data.buttons.delegate)
      rows.push([Markup.button.callback(t("signing.delegate_button"), chooseDelegate.pack({ roundId }))]);
    if (data.buttons.void) rows.push([Markup.button.callback(t("signing.void_button"), voidRound.pack({ roundId }))]);
  }
  return { text: lines.join("\n"), keyboard: rows.length > 0 ? Markup.inlineKeyboard(rows) : undefined };
}
