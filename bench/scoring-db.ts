import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import type { Db } from "../src/db/create-database.js";
import type { Actor } from "../src/domain/people/load-actor.js";
import { lateWorkingDays } from "../src/domain/reports/event-instants.js";
import { listPeriods } from "../src/domain/reports/list-periods.js";
import { createWorkCalendar } from "../src/domain/reports/work-calendar.js";
import { endOfZonedDay, startOfZonedDay } from "../src/domain/reports/zoned-time.js";
import { prefillReportingEntries } from "../src/domain/scoring/calculate/prefill-reporting-entries.js";
import type { LeafEntry, ScaleNodeInput } from "../src/domain/scoring/calculate/scoring-types.js";
import { getRoundRanking, rankRound } from "../src/domain/scoring/results/get-round-ranking.js";
import { loadRoundScoring } from "../src/domain/scoring/results/load-round-scoring.js";
import { loadReportingRecords } from "../src/domain/scoring/sheets/load-reporting-records.js";
import { percentile, type BenchCase } from "./harness.js";
import { buildScale, buildSheets } from "./scoring.js";
import {
  between,
  copyTemplate,
  emptyStats,
  id,
  iso,
  openSeeded,
  random,
  resetStats,
  type QueryStats,
} from "./seed-db.js";

// The year-end ranking as the bot computes it (`getRoundRanking`: the round, the scale, the units and every sheet's
// entries read through Prisma from SQLite, then the engine), over a bloc seeded in a throw-away database: a 230-leaf
// scale (bench/scoring.ts's, with two leaves bound to the reporting record), a year of monthly reports (about 10 %
// late, 5 % missing, 3 % resent), and a review round whose sheets are all submitted or further along. The bound
// leaves' self entries are what openReviewRound writes: `loadReportingRecords` over the seeded reports, then
// `prefillReportingEntries`; that read is timed too (*deductions ms*), as the round opening pays it once.

const zone = "Asia/Ho_Chi_Minh";
const year = 2026;
const blocCode = "KTD";
const openedAt = new Date("2027-01-05T02:00:00Z");
// The leader reads the ranking once the sheets are in.
const now = new Date("2027-02-01T02:00:00Z");

export type ScoringDbCase = { units: number; sections: number };

type Fixture = {
  db: Db;
  stats: QueryStats;
  actor: Actor;
  blocId: string;
  leaves: number;
  targetLeaves: number;
  entries: number;
  submissions: number;
  seedSeconds: number;
  deductionRows: number;
  close: () => Promise<void>;
};

// rows: what SQLite hands to Prisma (counted at the adapter); loaded: the rows the loader returns to the engine (every
// entry of every layer, the units and the scale's nodes), what a row-per-entry read would have taken from SQLite.
type Timed = {
  ms: number;
  cpu: number;
  rows: number;
  loaded: number;
  queries: number;
  loadMs: number;
  engineMs: number;
};

// One database per case, seeded when the case runs and deleted after; the ratios are to the first case.
export function scoringDbBench(options: {
  cases: ScoringDbCase[];
  leavesPerSection: number;
  warmups: number;
  runs: number;
}): BenchCase[] {
  const baseline: { size?: number; ms?: number; cpu?: number } = {};
  return options.cases.map((size): BenchCase => ({
    name: `scoring via db: ${size.units} units × ${size.sections * options.leavesPerSection}-leaf scale`,
    run: async () => {
      const f = await seed(size, options.leavesPerSection);
      try {
        const runs = await timeRanking(f, 1 + options.warmups + options.runs);
        const deductionsMs = await timeDeductions(f, options.runs);
        const timed = runs.slice(1 + options.warmups);
        const median = (pick: (t: Timed) => number) =>
          percentile(
            timed.map(pick).sort((a, b) => a - b),
            50,
          );
        const ms = median((t) => t.ms);
        const cpu = median((t) => t.cpu);
        const cells = size.units * f.leaves;
        baseline.size ??= cells;
        baseline.ms ??= ms;
        baseline.cpu ??= cpu;
        const last = runs.at(-1)!;
        return {
          leaves: f.leaves,
          "target leaves": f.targetLeaves,
          "seed s": f.seedSeconds.toFixed(1),
          "entries in db": f.entries,
          "submissions in db": f.submissions,
          "rows read": last.loaded,
          "rows from SQLite": last.rows,
          queries: last.queries,
          "first ms": runs[0]!.ms.toFixed(1),
          "median ms": ms.toFixed(1),
          "max ms": Math.max(...timed.map((t) => t.ms)).toFixed(1),
          "cpu ms (median)": cpu.toFixed(1),
          "load ms (median)": median((t) => t.loadMs).toFixed(1),
          "engine ms (median)": median((t) => t.engineMs).toFixed(1),
          "µs per unit×leaf": ((ms * 1000) / cells).toFixed(2),
          "× units×leaves": (cells / baseline.size).toFixed(1),
          "× ms": (ms / baseline.ms).toFixed(2),
          "× cpu": (cpu / baseline.cpu).toFixed(2),
          "deductions ms (median)": deductionsMs.toFixed(1),
          "deduction rows": f.deductionRows,
        };
      } finally {
        await f.close();
      }
    },
  }));
}

// Each run: the whole service (rows counted at the adapter), then its two halves apart, loading and the engine.
async function timeRanking(f: Fixture, runs: number): Promise<Timed[]> {
  const out: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    resetStats(f.stats);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const ranking = await getRoundRanking(f.db, { actor: f.actor, blocId: f.blocId, year, now });
    const used = process.cpuUsage(cpuStarted);
    const ms = performance.now() - started;
    const { rows, queries } = f.stats;
    if (ranking.rows.length === 0) throw new Error("bench: the ranking is empty");
    const loadStarted = performance.now();
    const loaded = await loadRoundScoring(f.db, { blocId: f.blocId, year });
    const engineStarted = performance.now();
    rankRound(loaded);
    const engineMs = performance.now() - engineStarted;
    const entries = loaded.units.reduce(
      (sum, unit) => sum + (unit.self?.length ?? 0) + (unit.review?.length ?? 0) + (unit.final?.length ?? 0),
      0,
    );
    out.push({
      ms,
      cpu: (used.user + used.system) / 1000,
      rows,
      loaded: entries + loaded.units.length + loaded.scoring.nodes.length,
      queries,
      loadMs: engineStarted - loadStarted,
      engineMs,
    });
  }
  return out;
}

async function timeDeductions(f: Fixture, runs: number): Promise<number> {
  const times: number[] = [];
  const unitIds = (await f.db.unit.findMany({ where: { blocId: f.blocId }, select: { id: true } })).map((u) => u.id);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await loadReportingRecords(f.db, { blocId: f.blocId, year, unitIds, now: openedAt });
    times.push(performance.now() - started);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

type Seeded = {
  blocId: string;
  unitIds: string[];
  nodes: ScaleNodeInput[];
  nodeIds: Map<string, string>;
  sheets: { id: string; state: string }[];
  submissions: number;
};

async function seed(size: ScoringDbCase, leavesPerSection: number): Promise<Fixture> {
  const started = performance.now();
  const template = copyTemplate("scoring-db");
  const seeded = template.sqlite.transaction(() => {
    const blocId = id("b", 1);
    const unitIds = seedBloc(template.sqlite, blocId, size.units);
    const submissions = seedReports(template.sqlite, blocId, unitIds);
    const { nodes, nodeIds, scaleId } = seedScale(template.sqlite, blocId, size.sections, leavesPerSection);
    const sheets = seedRound(template.sqlite, blocId, scaleId, unitIds);
    return { blocId, unitIds, nodes, nodeIds, sheets, submissions } satisfies Seeded;
  })();
  const stats = emptyStats();
  const { db, close } = await openSeeded(template, stats);
  // The deductions openReviewRound pre-fills, read as it reads them.
  const records = await loadReportingRecords(db, {
    blocId: seeded.blocId,
    year,
    unitIds: seeded.unitIds,
    now: openedAt,
  });
  const deductionRows = stats.rows;
  const entries = seedEntries(template.file, seeded, records);
  const leaves = seeded.nodes.filter((node) => node.kind !== "section");
  const leader = seeded.unitIds[0]!;
  return {
    db,
    stats,
    actor: {
      telegramId: 1,
      person: null,
      bloc: { id: seeded.blocId, code: blocCode, name: "Khối thi đua", province: "Bench" },
      unit: { id: leader, code: "DV0", name: "Đơn vị 0", shortName: "ĐV0" },
      role: "signatory",
      membershipId: null,
      isLeaderUnit: true,
    },
    blocId: seeded.blocId,
    leaves: leaves.length,
    targetLeaves: leaves.filter((leaf) => leaf.kind === "target").length,
    entries,
    submissions: seeded.submissions,
    seedSeconds: (performance.now() - started) / 1000,
    deductionRows,
    close,
  };
}

function seedBloc(sqlite: Database.Database, blocId: string, units: number): string[] {
  const at = iso(openedAt);
  sqlite
    .prepare(`INSERT INTO "Bloc" (id, code, name, province, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(blocId, blocCode, "Khối thi đua", "Bench", at, at);
  const insert = sqlite.prepare(
    `INSERT INTO "Unit" (id, blocId, code, name, shortName, position, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return Array.from({ length: units }, (_, i) => {
    const unitId = id("u", i);
    insert.run(unitId, blocId, `DV${i}`, `Đơn vị ${i}`, `ĐV${i}`, i, at, at);
    return unitId;
  });
}

// The monthly preset's twelve periods of the year; per unit and period about 85 % on time, 10 % late (1–5 days),
// 5 % missing, and 3 % of those sent resent once (the first kept as "replaced").
function seedReports(sqlite: Database.Database, blocId: string, unitIds: string[]): number {
  const at = iso(openedAt);
  const calendar = createWorkCalendar({ overrides: [] });
  const dueRule = { kind: "day", day: 20 } as const;
  sqlite
    .prepare(
      `INSERT INTO "ReportObligation" (id, blocId, name, recurrence, dueRule, preset, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id("ob", 0), blocId, "Báo cáo tháng", "monthly", JSON.stringify(dueRule), "monthly", at, at);
  const period = sqlite.prepare(
    `INSERT INTO "ReportPeriod" (id, obligationId, periodKey, coversFrom, coversTo, nominalDue, dueDate, dueAt, opensAt, closesAt, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'closed')`,
  );
  const submission = sqlite.prepare(
    `INSERT INTO "ReportSubmission" (id, periodId, unitId, personId, receiptNo, blocId, fileId, fileName, mimeType, sha256, submittedAt, lateDays, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ?, ?, ?, ?)`,
  );
  const periods = listPeriods({
    recurrence: "monthly",
    dueRule,
    shift: "previous",
    calendar,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  const rand = random(7);
  let n = 0;
  const submit = (periodId: string, unitId: string, sentAt: Date, lateDays: number, state: string) => {
    const receipt = `${blocCode}-${year}-${String(n + 1).padStart(5, "0")}`;
    submission.run(
      id("s", n),
      periodId,
      unitId,
      id("p", 0),
      receipt,
      blocId,
      `file-${n}`,
      `sha-${n}`,
      iso(sentAt),
      lateDays,
      state,
    );
    n += 1;
  };
  for (const [p, spec] of periods.entries()) {
    const periodId = id("pe", p);
    const dueAt = endOfZonedDay(spec.dueDate, zone);
    const opensAt = startOfZonedDay(spec.opensOn, zone);
    const closesAt = endOfZonedDay(spec.closesOn, zone);
    period.run(
      periodId,
      id("ob", 0),
      spec.periodKey,
      spec.coversFrom,
      spec.coversTo,
      spec.nominalDue,
      spec.dueDate,
      iso(dueAt),
      iso(opensAt),
      iso(closesAt),
    );
    for (const unitId of unitIds) {
      const roll = rand();
      if (roll < 0.05) continue;
      const late = roll < 0.15;
      const sentAt = late ? new Date(dueAt.getTime() + (1 + rand() * 4) * 86_400_000) : between(opensAt, dueAt, rand());
      if (rand() < 0.03) submit(periodId, unitId, between(opensAt, sentAt, 0.5), 0, "replaced");
      submit(
        periodId,
        unitId,
        sentAt,
        late ? Math.max(1, lateWorkingDays(spec.dueDate, sentAt, calendar)) : 0,
        "current",
      );
    }
  }
  return n;
}

function seedScale(sqlite: Database.Database, blocId: string, sections: number, leavesPerSection: number) {
  const scale = buildScale(sections, leavesPerSection, 2);
  const at = iso(openedAt);
  const totalMax = scale.nodes
    .filter((node) => node.kind === "section" && !node.isBonus)
    .reduce((sum, node) => sum + node.maxPoints, 0);
  const bands = [
    { label: "Xuất sắc", share: 0.95 },
    { label: "Tốt", share: 0.8 },
    { label: "Khá", share: 0.65 },
    { label: "Trung bình", share: 0.5 },
  ].map(({ label, share }) => ({ label, minPoints: share * totalMax }));
  const scaleId = id("sc", 1);
  sqlite
    .prepare(
      `INSERT INTO "Scale" (id, blocId, year, version, status, title, totalMax, bonusCap, tieRule, bands, contentHash, sourceName, createdAt, updatedAt) VALUES (?, ?, ?, 1, 'locked', ?, ?, ?, ?, ?, 'bench', 'thang-diem.xlsx', ?, ?)`,
    )
    .run(
      scaleId,
      blocId,
      year,
      `Thang điểm thi đua năm ${year}`,
      totalMax,
      scale.bonusCap,
      scale.tieRule.order.join(", "),
      JSON.stringify(bands),
      at,
      at,
    );
  const insert = sqlite.prepare(
    `INSERT INTO "ScaleNode" (id, scaleId, parentId, position, depth, code, path, title, kind, maxPoints, minPoints, pointsPerOccurrence, reportingLatePoints, reportingMissingPoints, isBonus, mayBeUnassigned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const nodeIds = new Map<string, string>();
  const positions = new Map<string | null, number>();
  for (const [n, node] of scale.nodes.entries()) {
    const nodeId = id("n", n);
    nodeIds.set(node.id, nodeId);
    const position = positions.get(node.parentId) ?? 0;
    positions.set(node.parentId, position + 1);
    const leaf = node.kind !== "section";
    insert.run(
      nodeId,
      scaleId,
      node.parentId === null ? null : nodeIds.get(node.parentId)!,
      position,
      node.parentId === null ? 0 : 1,
      node.code,
      node.code,
      node.title || node.code,
      node.kind,
      node.maxPoints,
      node.minPoints ?? null,
      node.pointsPerOccurrence ?? null,
      node.reportingBinding?.latePoints ?? null,
      node.reportingBinding?.missingPoints ?? null,
      node.isBonus ? 1 : 0,
      leaf ? 1 : 0,
    );
  }
  // The engine's node ids are the database's, as loadScaleForScoring gives them.
  const nodes = scale.nodes.map((node) => ({
    ...node,
    id: nodeIds.get(node.id)!,
    parentId: node.parentId === null ? null : nodeIds.get(node.parentId)!,
  }));
  return { nodes, nodeIds, scaleId };
}

// Every sheet is in: 15 % submitted, 15 % reviewed, 15 % explained, 55 % final (so the ranking is provisional).
function seedRound(sqlite: Database.Database, blocId: string, scaleId: string, unitIds: string[]) {
  const at = iso(openedAt);
  const roundId = id("rr", 1);
  sqlite
    .prepare(
      `INSERT INTO "ReviewRound" (id, blocId, year, scaleId, deadline, openedById, openedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'bench', ?, ?, ?)`,
    )
    .run(roundId, blocId, year, scaleId, iso(new Date("2027-01-20T10:00:00Z")), at, at, at);
  const insert = sqlite.prepare(
    `INSERT INTO "ScoreSheet" (id, roundId, unitId, state, submittedAt, submittedAs, reviewedAt, finalAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'signatory', ?, ?, ?, ?)`,
  );
  const rand = random(11);
  const submittedAt = iso(new Date("2027-01-15T03:00:00Z"));
  const laterAt = iso(new Date("2027-01-25T03:00:00Z"));
  return unitIds.map((unitId, u) => {
    const roll = rand();
    const state = roll < 0.15 ? "submitted" : roll < 0.3 ? "reviewed" : roll < 0.45 ? "explained" : "final";
    const sheetId = id("sh", u);
    const reviewed = state !== "submitted" ? laterAt : null;
    insert.run(sheetId, roundId, unitId, state, submittedAt, reviewed, state === "final" ? laterAt : null, at, laterAt);
    return { id: sheetId, state };
  });
}

// Each sheet's layers (bench/scoring.ts's figures): self for every leaf, the reporting-bound ones pre-filled from
// the record; the review's changes once reviewed, the final layer once explained or final.
function seedEntries(file: string, seeded: Seeded, records: Map<string, { late: number; missing: number }>): number {
  const sqlite = new Database(file);
  sqlite.pragma("synchronous = OFF");
  const insert = sqlite.prepare(
    `INSERT INTO "ScoreEntry" (id, sheetId, nodeId, layer, assigned, passed, points, count, result, target, bound, reason, updatedById, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const leaves = seeded.nodes.filter((node) => node.kind !== "section");
  const figures = buildSheets(seeded.unitIds.length, leaves, random(13));
  const at = iso(new Date("2027-01-15T03:00:00Z"));
  let n = 0;
  const write = (sheetId: string, layer: string, entry: LeafEntry, reason: string | null) => {
    const number = (value: number | undefined) => value ?? null;
    const passed = entry.passed === undefined ? null : entry.passed ? 1 : 0;
    const bound = reason === null ? 0 : 1;
    insert.run(
      id("e", n++),
      sheetId,
      entry.leafId,
      layer,
      entry.assigned ? 1 : 0,
      passed,
      number(entry.points),
      number(entry.count),
      number(entry.result),
      number(entry.target),
      bound,
      reason,
      bound ? null : "bench",
      at,
    );
  };
  sqlite.transaction(() => {
    for (const [u, sheet] of seeded.sheets.entries()) {
      const record = records.get(seeded.unitIds[u]!) ?? { late: 0, missing: 0 };
      const unit = figures[u]!;
      for (const entry of prefillReportingEntries(seeded.nodes, record))
        write(sheet.id, "self", entry, `reporting:late=${record.late},missing=${record.missing}`);
      for (const entry of unit.self ?? []) write(sheet.id, "self", entry, null);
      if (sheet.state !== "submitted") for (const entry of unit.review ?? []) write(sheet.id, "review", entry, null);
      if (sheet.state === "explained" || sheet.state === "final")
        for (const entry of unit.final ?? []) write(sheet.id, "final", entry, null);
    }
  })();
  sqlite.close();
  return n;
}
