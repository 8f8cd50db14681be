import type { Translate } from "../../../i18n/translator.js";

export type BlocOverviewData = {
  bloc: { name: string; province: string };
  year: number | null;
  units: { name: string; isLeader: boolean; isDeputy: boolean; members: number }[];
  boardMembers: number;
};

// /bloc: the units (the leader unit first), the leader and deputy marked, and how many people each has.
export function blocOverviewView(t: Translate, data: BlocOverviewData) {
  const lines = [t("bloc.title", { bloc: data.bloc.name, province: data.bloc.province, year: data.year ?? "" }), ""];
  data.units.forEach((unit, index) => {
    const badge = unit.isLeader ? t("bloc.badge_leader") : unit.isDeputy ? t("bloc.badge_deputy") : "";
    lines.push(t("bloc.unit_line", { index: index + 1, unit: unit.name, badge, count: unit.members }));
  });
  lines.push(t("bloc.board_line", { count: data.boardMembers }));
  lines.push("");
  const joined = data.units.filter((u) => u.members > 0).length;
  lines.push(t("bloc.total", { joined, units: data.units.length }));
  return { text: lines.join("\n") };
}
