import { Markup } from "telegraf";
import type { UnitMembers } from "../../../domain/members/list-members.js";
import { formatDate } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { roleLabel } from "../../role-label.js";
import { clampPage, pageItems, type PageItem } from "../../views/page-items.js";
import { pageNavRow } from "../../views/page-nav-row.js";
import { askRemoval, membersPage } from "./members-callbacks.js";

export type MemberListData = {
  blocName: string;
  groups: UnitMembers[];
  // The viewer's own membership gets no remove button; board members get one only for the board.
  viewerMembershipId: string | null;
  canRemoveBoard: boolean;
  timeZone: string;
  // 0-based; out of range is brought back within the pages there are.
  page?: number;
};

type Button = ReturnType<typeof Markup.button.callback>;

// /members: every unit with its people, role and date joined, and a remove button per removable person; a page
// at a time (a bloc of 88 members made one 7,431-character message with 87 buttons).
export function memberListView(t: Translate, data: MemberListData) {
  const items: PageItem<Button>[] = [];
  for (const group of data.groups) {
    const count = group.members.length;
    const header = group.unitName
      ? t("members.unit_header", { unit: group.unitName, count })
      : t("members.board_header", { count });
    if (count === 0) items.push({ group: header, text: t("members.none") });
    for (const member of group.members) {
      const since = formatDate(member.joinedAt, data.timeZone);
      const text = t("members.line", { name: member.name, role: roleLabel(t, member.role), since });
      const removable = member.role !== "board" || data.canRemoveBoard;
      const button =
        member.membershipId === data.viewerMembershipId || !removable
          ? undefined
          : Markup.button.callback(
              t("members.remove_button", { name: member.name }),
              askRemoval.pack({ membershipId: member.membershipId }),
            );
      items.push({ group: header, text, button });
    }
  }
  const pages = pageItems(items);
  const page = clampPage(data.page ?? 0, pages.length);
  const title = [t("members.title", { bloc: data.blocName })];
  if (pages.length > 1) title.push(t("paging.page", { page: page + 1, pages: pages.length }));
  const rows: Button[][] = pages[page]!.buttons.map((button) => [button]);
  const nav = pageNavRow(t, page, pages.length, (to) => membersPage.pack({ page: String(to) }));
  if (nav.length > 0) rows.push(nav);
  const text = [...title, "", ...pages[page]!.lines].join("\n");
  return { text, keyboard: rows.length > 0 ? Markup.inlineKeyboard(rows) : undefined };
}
