import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { delegateTo } from "./signing-callbacks.js";

export type DelegateChoice = {
  roundId: string;
  title: string;
  unitName: string;
  colleagues: { personId: string; name: string }[];
};

// "Ký thay": the other members of the signatory's unit, one button each.
export function delegateView(t: Translate, data: DelegateChoice) {
  if (data.colleagues.length === 0)
    return { text: t("signing.no_colleagues", { unit: data.unitName }), keyboard: undefined };
  return {
    text: t("signing.ask_delegate", { title: data.title, unit: data.unitName }),
    keyboard: Markup.inlineKeyboard([
      ...data.colleagues.map((m) => [
        Markup.button.callback(m.name, delegateTo.pack({ roundId: data.roundId, personId: m.personId })),
      ]),
      cancelRow(t),
    ]),
  };
}
