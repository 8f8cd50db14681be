import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { delegateTo } from "./ballot-callbacks.js";

export type BallotDelegateChoice = {
  ballotId: string;
  unitName: string;
  colleagues: { personId: string; name: string }[];
};

// The other members of the signatory's unit, one button each.
export function delegateView(t: Translate, data: BallotDelegateChoice) {
  if (data.colleagues.length === 0)
    return { text: t("ballots.no_colleagues", { unit: data.unitName }), keyboard: undefined };
  return {
    text: t("ballots.ask_delegate", { unit: data.unitName }),
    keyboard: Markup.inlineKeyboard([
      ...data.colleagues.map((m) => [
        Markup.button.callback(m.name, delegateTo.pack({ ballotId: data.ballotId, personId: m.personId })),
      ]),
      cancelRow(t),
    ]),
  };
}
