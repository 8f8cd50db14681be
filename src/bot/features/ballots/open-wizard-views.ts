import { Markup } from "telegraf";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { changeSeats, nextStep, openBallot, toggleCandidate, togglePreset, toggleRule } from "./ballot-callbacks.js";
import { ballotRulesText } from "./ballot-rules-text.js";
import { presets, presetSeats, type OpenBallotFlow } from "./ballot-wizards.js";

type Unit = { id: string; name: string; shortName: string | null };
const box = (on: boolean) => (on ? "☑" : "☐");
const next = (t: Translate) => [Markup.button.callback(t("ballots.next_button"), nextStep.pack({}))];

export const presetName = (t: Translate, preset: string, _year?: number) => t(`ballots.preset_${preset}`);

// Step 1: which titles the ballot is on, and how many units may be proposed for a bằng khen.
export function titlesStepView(t: Translate, flow: OpenBallotFlow, year: number) {
  const rows = presets.map((preset) => [
    Markup.button.callback(
      `${box(flow.presets.includes(preset))} ${presetName(t, preset, year)}`,
      togglePreset.pack({ preset }),
    ),
  ]);
  rows.push([
    Markup.button.callback("➖", changeSeats.pack({ delta: "down" })),
    Markup.button.callback(t("ballots.merit_seats", { seats: flow.meritSeats }), changeSeats.pack({ delta: "up" })),
    Markup.button.callback("➕", changeSeats.pack({ delta: "up" })),
  ]);
  return { text: t("ballots.ask_titles"), keyboard: Markup.inlineKeyboard([...rows, next(t), cancelRow(t)]) };
}

// Step 2, once per title: the candidates, ticked from the list of units.
export function candidatesStepView(t: Translate, data: { flow: OpenBallotFlow; units: Unit[]; year: number }) {
  const { flow } = data;
  const preset = flow.presets[flow.titleIndex]!;
  const ticked = flow.candidates[flow.titleIndex] ?? [];
  const rows = data.units.map((unit, i) => [
    Markup.button.callback(
      `${box(ticked.includes(unit.id))} ${unit.shortName ?? unit.name}`,
      toggleCandidate.pack({ unit: String(i) }),
    ),
  ]);
  return {
    text: t("ballots.ask_candidates", { title: presetName(t, preset, data.year), seats: presetSeats(flow, preset) }),
    keyboard: Markup.inlineKeyboard([...rows, next(t), cancelRow(t)]),
  };
}

const ruleButtons = ["secret", "base", "self", "tie", "quorum"] as const;

// Step 3: the rules, each a button that switches it.
export function rulesStepView(t: Translate, flow: OpenBallotFlow, unitsTotal: number) {
  return {
    text: [t("ballots.ask_rules"), ballotRulesText(t, { ...flow.rules, unitsTotal })].join("\n"),
    keyboard: Markup.inlineKeyboard([
      ...ruleButtons.map((rule) => [Markup.button.callback(t(`ballots.switch_${rule}`), toggleRule.pack({ rule }))]),
      next(t),
      cancelRow(t),
    ]),
  };
}

// Last step: everything once more before the ballot opens.
export function confirmOpenView(
  t: Translate,
  data: { flow: OpenBallotFlow; units: Unit[]; unitsTotal: number; year: number; timeZone: string },
) {
  const { flow } = data;
  const name = new Map(data.units.map((u) => [u.id, u.shortName ?? u.name]));
  const titles = flow.presets.map((preset, i) => {
    const picked = (flow.candidates[i] ?? []).map((id) => name.get(id) ?? "?");
    return t("ballots.confirm_title", {
      title: presetName(t, preset, data.year),
      seats: presetSeats(flow, preset),
      candidates: picked.length ? picked.join(", ") : t("ballots.default_candidates"),
    });
  });
  return {
    text: [
      t("ballots.confirm_heading", { year: data.year }),
      ...titles,
      ballotRulesText(t, { ...flow.rules, unitsTotal: data.unitsTotal }),
      t("ballots.confirm_deadline", { deadline: formatDateTime(new Date(flow.deadline!), data.timeZone) }),
    ].join("\n"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("ballots.open_button"), openBallot.pack({}))],
      cancelRow(t),
    ]),
  };
}
