import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { finishUnits, toggleUnit } from "./announcements-callbacks.js";

export type UnitChoice = { id: string; name: string; shortName: string | null };

// The bloc's units, the chosen ones ticked; each tap toggles one.
export function unitsView(t: Translate, data: { units: UnitChoice[]; selected: string[] }) {
  const rows = data.units.map((unit) => {
    const name = unit.shortName ?? unit.name;
    const label = data.selected.includes(unit.id) ? t("announce.unit_selected", { unit: name }) : name;
    return [Markup.button.callback(label, toggleUnit.pack({ unitId: unit.id }))];
  });
  const done = Markup.button.callback(
    t("announce.units_done_button", { count: data.selected.length }),
    finishUnits.pack({}),
  );
  return { text: t("announce.ask_units"), keyboard: Markup.inlineKeyboard([...rows, [done, ...cancelRow(t)]]) };
}
