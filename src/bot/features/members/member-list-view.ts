import { Markup } from "telegraf";
import type { UnitMembers } from "../../../domain/members/list-members.js";
import { formatDate } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { roleLabel } from "../../role-label.js";
import { askRemoval } from "./members-callbacks.js";

export type MemberListData = {
  blocName: string;
  groups: UnitMembers[];
  // The viewer's own membership gets no remove button; board members get one only for the board.
  viewerMembershipId: string | null;
  canRemoveBoard: boolean;
  timeZone: string;
};

// /members: every unit with its people, role and date joined, and a remove button per removable person.
export function memberListView(t: Translate, data: MemberListData) {
  const lines = [t("members.title", { bloc: data.blocName })];
  const buttons = [];
  for (const group of data.groups) {
    const count = group.members.length;
    lines.push("");
    lines.push(
      group.unitName ? t("members.unit_header", { unit: group.unitName, count }) : t("members.board_header", { count }),
    );
    if (count === 0) lines.push(t("members.none"));
    for (const member of group.members) {
      const since = formatDate(member.joinedAt, data.timeZone);
      lines.push(t("members.line", { name: member.name, role: roleLabel(t, member.role), since }));
      const removable = member.role !== "board" || data.canRemoveBoard;
      if (member.membershipId === data.viewerMembershipId || !removable) continue;
      const label = t("members.remove_button", { name: member.name });
      buttons.push([Markup.button.callback(label, askRemoval.pack({ membershipId: member.membershipId }))]);
    }
  }
  return { text: lines.join("\n"), keyboard: buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined };
}
