import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Translate } from "../../../i18n/translator.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { scaleActivate, termConfirm, termDeputy, termLeader, termReplace } from "./rotation-callbacks.js";

type UnitChoice = { id: string; name: string };
type Pair = { year: string; leaderUnitId: string; deputyUnitId: string };

const closeRow = (t: Translate): InlineKeyboardButton[] => [
  Markup.button.callback(t("common.cancel"), dismiss.pack({})),
];

// One unit per row: unit names are long and a bloc has a few dozen units at most.
export function pickLeaderView(t: Translate, data: { year: string; units: UnitChoice[] }) {
  const rows = data.units.map((unit) => [
    Markup.button.callback(unit.name, termLeader.pack({ year: data.year, leaderUnitId: unit.id })),
  ]);
  return {
    text: t("term.pick_leader", { year: data.year }),
    keyboard: Markup.inlineKeyboard([...rows, closeRow(t)]),
  };
}

export function pickDeputyView(t: Translate, data: { year: string; leader: UnitChoice; units: UnitChoice[] }) {
  const rows = data.units
    .filter((unit) => unit.id !== data.leader.id)
    .map((unit) => [
      Markup.button.callback(
        unit.name,
        termDeputy.pack({ year: data.year, leaderUnitId: data.leader.id, deputyUnitId: unit.id }),
      ),
    ]);
  return {
    text: t("term.pick_deputy", { year: data.year, leader: data.leader.name }),
    keyboard: Markup.inlineKeyboard([...rows, closeRow(t)]),
  };
}

// `replacing`: the leader of the term already set for that year; confirming then replaces it.
export function confirmTermView(t: Translate, data: Pair & { leader: string; deputy: string; replacing?: string }) {
  const pair = { year: data.year, leaderUnitId: data.leaderUnitId, deputyUnitId: data.deputyUnitId };
  const params = { year: data.year, leader: data.leader, deputy: data.deputy };
  const text = data.replacing
    ? t("term.confirm_replace", { ...params, previous: data.replacing })
    : t("term.confirm", params);
  const button = data.replacing
    ? Markup.button.callback(t("term.replace_button"), termReplace.pack(pair))
    : Markup.button.callback(t("term.confirm_button"), termConfirm.pack(pair));
  return { text, keyboard: Markup.inlineKeyboard([[button], closeRow(t)]) };
}

export function termSetView(
  t: Translate,
  data: { year: number; leader: string; deputy: string; started: boolean; startsOn: string },
) {
  const params = { year: data.year, leader: data.leader, deputy: data.deputy, date: data.startsOn };
  return { text: t(data.started ? "term.set_started" : "term.set_done", params) };
}

export type YearPrepared = {
  year: number;
  copied: string[];
  carried: number;
  scale: { scaleId: string; title: string; fromVersion: number; nodeCount: number } | null;
};

export function yearPreparedView(t: Translate, data: YearPrepared) {
  const lines = [t("term.prepared_title", { year: data.year })];
  lines.push(
    data.copied.length > 0
      ? t("term.prepared_obligations", { count: data.copied.length, names: data.copied.join(", ") })
      : t("term.prepared_no_obligations"),
  );
  lines.push(t("term.prepared_carried", { count: data.carried }));
  lines.push(
    data.scale
      ? t("term.prepared_scale", { title: data.scale.title, count: data.scale.nodeCount, year: data.year })
      : t("term.prepared_no_scale", { year: data.year }),
  );
  const keyboard = data.scale
    ? Markup.inlineKeyboard([
        [Markup.button.callback(t("term.activate_scale_button"), scaleActivate.pack({ scaleId: data.scale.scaleId }))],
      ])
    : undefined;
  return { text: lines.join("\n"), keyboard };
}
