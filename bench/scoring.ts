import { performance } from "node:perf_hooks";
import { scoreUnits } from "../src/domain/scoring/calculate/score-units.js";
import type {
  LeafEntry,
  ScaleForScoring,
  ScaleNodeInput,
  UnitScoringInput,
} from "../src/domain/scoring/calculate/scoring-types.js";
import {
  summarizeReportingRecord,
  type ReportingPeriodInput,
} from "../src/domain/scoring/calculate/summarize-reporting-record.js";
import { percentile, type BenchCase } from "./harness.js";

// The pure scoring engine: a year's reporting record summarised, then every unit scored and ranked. "rows read" is
// what the engine walks: sheet entries in every layer, plus one row per unit and report period. CPU time is shown
// beside wall time because on a shared machine the wall clock mostly measures the neighbours.
export function scoringBench(options: {
  units: number[];
  sections: number;
  leavesPerSection: number;
  warmups: number;
  runs: number;
}) {
  const scale = buildScale(options.sections, options.leavesPerSection);
  const leaves = scale.nodes.filter((node) => node.kind !== "section");
  const baseline: { units?: number; cpu?: number } = {};
  return options.units.map((units): BenchCase => ({
    name: `scoring: ${units} units × ${leaves.length}-leaf scale`,
    run: async () => {
      const random = seededRandom(units);
      const sheets = buildSheets(units, leaves, random);
      const periods = buildYearOfReports(sheets, random);
      const { wall, cpu, rowsRead, provisional } = timeRuns(scale, sheets, periods, 1 + options.warmups + options.runs);
      // The first run is shown apart (cold JIT); the next `warmups` are dropped; the rest give the medians.
      const timed = (list: number[]) => list.slice(1 + options.warmups).sort((x, y) => x - y);
      const median = percentile(timed(wall), 50);
      const cpuMedian = percentile(timed(cpu), 50);
      baseline.units ??= units;
      baseline.cpu ??= cpuMedian;
      return {
        leaves: leaves.length,
        "target leaves": leaves.filter((leaf) => leaf.kind === "target").length,
        "report periods": periods.length,
        "rows read": rowsRead,
        "first ms": wall[0]!.toFixed(1),
        "median ms": median.toFixed(1),
        "max ms": timed(wall).at(-1)!.toFixed(1),
        "cpu ms (median)": cpuMedian.toFixed(1),
        "cpu µs per unit": Math.round((cpuMedian * 1000) / units),
        "× units": (units / baseline.units).toFixed(1),
        "× cpu": (cpuMedian / baseline.cpu).toFixed(2),
        provisional: String(provisional),
      };
    },
  }));
}

function timeRuns(scale: ScaleForScoring, sheets: UnitScoringInput[], periods: ReportingPeriodInput[], runs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let rowsRead = 0;
  let provisional = false;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const records = summarizeReportingRecord({
      unitIds: sheets.map((s) => s.unitId),
      periods,
      now: new Date("2027-01-15T00:00:00Z"),
    });
    const result = scoreUnits(
      scale,
      sheets.map((sheet) => ({ ...sheet, reporting: records.get(sheet.unitId) })),
    );
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    rowsRead = result.entriesProcessed + periods.length * sheets.length;
    provisional = result.provisional;
  }
  return { wall, cpu, rowsRead, provisional };
}

// Sections of leaves: in each, two against target, one deduction per occurrence, the rest pass/fail and direct;
// leaf 3 of the first `boundSections` sections is bound to the reporting record; the last section is the bonus.
export function buildScale(sections: number, leavesPerSection: number, boundSections = 1): ScaleForScoring {
  const nodes: ScaleNodeInput[] = [];
  for (let s = 0; s < sections; s++) {
    const bonus = s === sections - 1;
    const id = `S${s}`;
    nodes.push({
      id,
      parentId: null,
      code: id,
      title: id,
      kind: "section",
      maxPoints: bonus ? 10 : 100,
      isBonus: bonus,
    });
    for (let l = 0; l < leavesPerSection; l++) {
      const leaf: ScaleNodeInput = {
        id: `${id}.${l}`,
        parentId: id,
        code: `${id}.${l}`,
        title: "",
        kind: "direct",
        maxPoints: 5,
        isBonus: false,
      };
      if (bonus) Object.assign(leaf, { kind: "per_occurrence", maxPoints: 2, pointsPerOccurrence: 1 });
      else if (l < 2) leaf.kind = "target";
      else if (l === 2)
        Object.assign(leaf, { kind: "per_occurrence", maxPoints: 0, minPoints: -5, pointsPerOccurrence: -1 });
      else if (l % 2 === 0) leaf.kind = "pass_fail";
      if (s < boundSections && l === 3) leaf.reportingBinding = { latePoints: -0.5, missingPoints: -1 };
      nodes.push(leaf);
    }
  }
  return {
    nodes,
    bonusCap: 5,
    tieRule: { order: ["total", "section:S0", "section:S1"] },
    bands: [
      { key: "xuat_sac", minShare: 0.95 },
      { key: "tot", minShare: 0.8 },
      { key: "kha", minShare: 0.65 },
      { key: "trung_binh", minShare: 0.5 },
    ],
  };
}

// Every unit sends its sheet; the review changes about 20 % of the leaves, the final layer about 2 %.
export function buildSheets(units: number, leaves: ScaleNodeInput[], random: () => number): UnitScoringInput[] {
  const figure = (leaf: ScaleNodeInput): LeafEntry => {
    if (random() < 0.03) return { leafId: leaf.id, assigned: false };
    if (leaf.kind === "pass_fail") return { leafId: leaf.id, assigned: true, passed: random() < 0.9 };
    if (leaf.kind === "per_occurrence") return { leafId: leaf.id, assigned: true, count: Math.floor(random() * 4) };
    if (leaf.kind === "target")
      return { leafId: leaf.id, assigned: true, result: Math.round(60 + random() * 80), target: 100 };
    return { leafId: leaf.id, assigned: true, points: Math.round(random() * leaf.maxPoints * 2) / 2 };
  };
  return Array.from({ length: units }, (_, u) => ({
    unitId: `u${u}`,
    name: `Đơn vị ${u}`,
    self: leaves.filter((leaf) => !leaf.reportingBinding).map(figure),
    review: leaves.filter(() => random() < 0.2).map(figure),
    final: leaves.filter(() => random() < 0.02).map(figure),
  }));
}

// A year of reports like the presets: 12 monthly, 4 quarterly, the six-month and the year-end review; about 85 %
// on time, 10 % late, 5 % missing.
function buildYearOfReports(sheets: UnitScoringInput[], random: () => number): ReportingPeriodInput[] {
  const dues = [
    ...Array.from({ length: 12 }, (_, m) => Date.UTC(2026, m, 25, 10)),
    ...Array.from({ length: 4 }, (_, q) => Date.UTC(2026, q * 3 + 2, 20, 10)),
    Date.UTC(2026, 5, 15, 10),
    Date.UTC(2026, 11, 15, 10),
  ];
  return dues.map((due) => ({
    dueAt: new Date(due),
    units: sheets.map((sheet) => {
      const roll = random();
      const submittedAt = roll < 0.05 ? null : new Date(due + (roll < 0.15 ? 1 : -1) * 86_400_000);
      return { unitId: sheet.unitId, submittedAt };
    }),
  }));
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
