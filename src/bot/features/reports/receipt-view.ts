import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed, lateText } from "./report-texts.js";

export type Receipt = {
  receiptNo: string;
  obligationName: string;
  period: KeyedText;
  unitName: string;
  submittedAt: Date;
  dueDate: string;
  lateDays: number;
  replaced: string | null;
};

// The receipt a unit quotes later: number, period, time and whether it was on time.
export function receiptView(t: Translate, data: { receipt: Receipt; timeZone: string }) {
  const { receipt } = data;
  const lines = [
    t("reports.receipt", {
      receipt: receipt.receiptNo,
      name: receipt.obligationName,
      period: keyed(t, receipt.period),
      unit: receipt.unitName,
      time: formatDateTime(receipt.submittedAt, data.timeZone),
      due: displayDate(receipt.dueDate),
      status: lateText(t, receipt.lateDays),
    }),
  ];
  if (receipt.replaced) lines.push(t("reports.receipt_replaces", { receipt: receipt.replaced }));
  return { text: lines.join("\n"), keyboard: undefined };
}
