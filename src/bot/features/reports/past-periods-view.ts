import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import type { Translate } from "../../../i18n/translator.js";
import { displayDate, keyed } from "./report-texts.js";
import { viewPeriod } from "./reports-callbacks.js";

// The closed periods of one obligation, newest first: a button per period opens its unit-by-unit status.
export function pastPeriodsView(
  t: Translate,
  data: { obligationName: string; periods: { id: string; label: KeyedText; dueDate: string }[] },
) {
  if (data.periods.length === 0)
    return { text: t("reports.past_none", { name: data.obligationName }), keyboard: undefined };
  const buttons = data.periods.map((period) => [
    Markup.button.callback(
      t("reports.past_period_button", { period: keyed(t, period.label), due: displayDate(period.dueDate) }),
      viewPeriod.pack({ periodId: period.id }),
    ),
  ]);
  return {
    text: t("reports.past_title", { name: data.obligationName, count: data.periods.length }),
    keyboard: Markup.inlineKeyboard(buttons),
  };
}
