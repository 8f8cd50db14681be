import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { viewObligation } from "./reports-callbacks.js";

// After a change: how many periods were planned again, and the way back to the obligation.
export function obligationChangedView(t: Translate, data: { obligationId: string; name: string; periods: number }) {
  return {
    text: t("reports.changed", { name: data.name, periods: data.periods }),
    keyboard: Markup.inlineKeyboard([
      [
        Markup.button.callback(
          t("reports.back_to_obligation"),
          viewObligation.pack({ obligationId: data.obligationId }),
        ),
      ],
    ]),
  };
}
