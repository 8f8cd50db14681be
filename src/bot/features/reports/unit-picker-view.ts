import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { chooseAllUnits, finishUnits, toggleUnit } from "./reports-callbacks.js";

export type PickableUnit = { id: string; name: string; shortName: string | null };

// Which units owe the report: all of them (null, every unit shown ticked) or the ticked ones.
export function unitPickerView(t: Translate, data: { units: PickableUnit[]; selected: string[] | null }) {
  const { selected } = data;
  const rows = [
    [
      Markup.button.callback(
        t(selected === null ? "reports.units_all_selected" : "reports.units_all"),
        chooseAllUnits.pack({}),
      ),
    ],
    ...data.units.map((unit) => {
      const on = selected === null || selected.includes(unit.id);
      return [
        Markup.button.callback(
          `${on ? "☑️" : "⬜"} ${unit.shortName ?? unit.name}`,
          toggleUnit.pack({ unitId: unit.id }),
        ),
      ];
    }),
    [Markup.button.callback(t("reports.units_done"), finishUnits.pack({}))],
    cancelRow(t),
  ];
  return { text: t("reports.ask_units"), keyboard: Markup.inlineKeyboard(rows) };
}
