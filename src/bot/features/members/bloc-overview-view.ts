import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { clampPage, pageItems } from "../../views/page-items.js";
import { pageNavRow } from "../../views/page-nav-row.js";
import { blocPage } from "./members-callbacks.js";
import { termOpen } from "../rotation/rotation-callbacks.js";

export type BlocOverviewData = {
  bloc: { name: string; province: string };
  year: number | null;
  units: { name: string; isLeader: boolean; isDeputy: boolean; members: number }[];
  boardMembers: number;
  nextTerm?: { year: number; leader: string; deputy: string | null } | null;
  // The year the board's "🔁 Nhiệm kỳ năm sau" button sets; absent for everyone else.
  setNextTermYear?: number;
  // 0-based; out of range is brought back within the pages there are.
  page?: number;
};

// /bloc: the units (the leader unit first), the leader and deputy marked, and how many people each has; a page at
// a time when the bloc is large, the board and the total on every page.
export function blocOverviewView(t: Translate, data: BlocOverviewData) {
  const items = data.units.map((unit, index) => {
    const badge = unit.isLeader ? t("bloc.badge_leader") : unit.isDeputy ? t("bloc.badge_deputy") : "";
    return { text: t("bloc.unit_line", { index: index + 1, unit: unit.name, badge, count: unit.members }) };
  });
  const pages = pageItems(items);
  const page = clampPage(data.page ?? 0, pages.length);
  const lines = [t("bloc.title", { bloc: data.bloc.name, province: data.bloc.province, year: data.year ?? "" })];
  if (pages.length > 1) lines.push(t("paging.page", { page: page + 1, pages: pages.length }));
  lines.push("", ...pages[page]!.lines);
  lines.push(t("bloc.board_line", { count: data.boardMembers }));
  lines.push("");
  const joined = data.units.filter((u) => u.members > 0).length;
  lines.push(t("bloc.total", { joined, units: data.units.length }));
  if (data.nextTerm)
    lines.push(
      t("term.next_line", {
        year: data.nextTerm.year,
        leader: data.nextTerm.leader,
        deputy: data.nextTerm.deputy ?? t("term.no_deputy"),
      }),
    );
  const nav = pageNavRow(t, page, pages.length, (to) => blocPage.pack({ page: String(to) }));
  const rows = nav.length > 0 ? [nav] : [];
  if (data.setNextTermYear)
    rows.push([Markup.button.callback(t("term.next_button"), termOpen.pack({ year: String(data.setNextTermYear) }))]);
  return { text: lines.join("\n"), keyboard: rows.length > 0 ? Markup.inlineKeyboard(rows) : undefined };
}
