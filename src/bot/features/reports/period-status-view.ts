import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed } from "./report-texts.js";

export type PeriodStatus = {
  obligationName: string;
  label: KeyedText;
  dueDate: string;
  rows: {
    unitName: string;
    status: string;
    submission: { submittedAt: Date; receiptNo: string; lateDays: number } | null;
  }[];
};

// Where every owing unit stands on one period: sent (on time or late), pending or missing.
export function periodStatusView(t: Translate, data: { status: PeriodStatus; timeZone: string }) {
  const { status } = data;
  const lines = [
    t("reports.period_title", {
      name: status.obligationName,
      period: keyed(t, status.label),
      due: displayDate(status.dueDate),
    }),
  ];
  for (const row of status.rows) {
    lines.push(
      t(`reports.period_row_${row.status}`, {
        unit: row.unitName,
        time: row.submission ? formatDateTime(row.submission.submittedAt, data.timeZone) : "",
        receipt: row.submission?.receiptNo ?? "",
        days: row.submission?.lateDays ?? 0,
      }),
    );
  }
  return { text: lines.join("\n"), keyboard: undefined };
}
