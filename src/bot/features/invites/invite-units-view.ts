import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { chooseInviteUnit } from "./invites-callbacks.js";

export type InviteUnitsData = {
  units: { id: string; name: string; shortName: string | null }[];
  // Only the board invites board members; the leader unit does not see the option.
  canInviteBoard: boolean;
};

// The first step of /invite: one button per unit, short names where the bloc file gives them.
export function inviteUnitsView(t: Translate, data: InviteUnitsData) {
  const rows = data.units.map((unit) => [
    Markup.button.callback(unit.shortName ?? unit.name, chooseInviteUnit.pack({ unitId: unit.id })),
  ]);
  if (data.canInviteBoard)
    rows.push([Markup.button.callback(t("invite.board_option"), chooseInviteUnit.pack({ unitId: "board" }))]);
  rows.push([Markup.button.callback(t("common.cancel"), dismiss.pack({}))]);
  return { text: t("invite.choose_unit"), keyboard: Markup.inlineKeyboard(rows) };
}
