import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed } from "./report-texts.js";
import { openSubmission } from "./reports-callbacks.js";

export type PeriodStatus = {
  obligationName: string;
  label: KeyedText;
  dueDate: string;
  rows: {
    unitName: string;
    status: string;
    submission: { id: string; submittedAt: Date; receiptNo: string; lateDays: number } | null;
  }[];
};

// Where every owing unit stands on one period: sent (on time or late), pending or missing; a button opens each
// report sent.
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
  const buttons = status.rows.flatMap((row) =>
    row.submission
      ? [
          [
            Markup.button.callback(
              t("reports.open_submission", { unit: row.unitName }),
              openSubmission.pack({ submissionId: row.submission.id }),
            ),
          ],
        ]
      : [],
  );
  return { text: lines.join("\n"), keyboard: buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined };
}
