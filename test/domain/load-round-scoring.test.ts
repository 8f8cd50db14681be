import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import type { LeafEntry } from "../../src/domain/scoring/calculate/scoring-types.js";
import { loadRoundScoring } from "../../src/domain/scoring/results/load-round-scoring.js";
import { openReviewRound } from "../../src/domain/scoring/sheets/open-review-round.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { importReviewScale, seedReportingPeriod } from "../support/review-round.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The round's entries reach the engine exactly as they were saved, whatever the figure: SQLite hands them back packed
// per sheet and layer (loadSheetEntries), so every number and every absent value must survive the trip.
let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let roundId = "";
let leaves: string[] = [];
const now = new Date("2026-12-01T03:00:00Z");

type Figures = Omit<LeafEntry, "leafId">;
// Floats that need all 17 digits, a tiny and a huge one, negatives, zeros, and leaves with nothing but "not assigned";
// the scale has ten leaves besides the reporting one, so SYT's sheet holds the first six and BDT's the rest.
const selfFigures: Figures[] = [
  { assigned: true, points: 0.30000000000000004 },
  { assigned: true, points: -0.5 },
  { assigned: true, passed: false },
  { assigned: true, passed: true },
  { assigned: false },
  { assigned: true, count: 0 },
  { assigned: true, count: 7 },
  { assigned: true, result: 87.35, target: 100 },
  { assigned: true, result: 12345.678901234567, target: 1e-7 },
  { assigned: true, result: 0, target: 1e21 },
  { assigned: true, points: 0 },
];

async function writeEntries(sheetId: string, layer: string, figures: Figures[], from = 0) {
  for (const [i, figure] of figures.entries())
    await t.db.scoreEntry.create({ data: { sheetId, nodeId: leaves[from + i]!, layer, ...figure, updatedAt: now } });
}

const sheetOf = async (code: string) =>
  t.db.scoreSheet.findUniqueOrThrow({ where: { roundId_unitId: { roundId, unitId: seed.unitId(code) } } });
const byLeaf = (entries: LeafEntry[] | null | undefined) =>
  [...(entries ?? [])].sort((x, y) => x.leafId.localeCompare(y.leafId));
const expected = (figures: Figures[], from = 0) =>
  byLeaf(figures.map((figure, i) => ({ leafId: leaves[from + i]!, ...figure })));

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  const { scaleId } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now });
  const nodes = await t.db.scaleNode.findMany({ where: { scaleId, kind: { not: "section" } } });
  leaves = nodes
    .filter((node) => node.reportingLatePoints === null && node.reportingMissingPoints === null)
    .map((n) => n.id);
  // SYT sent one report late, so its reporting leaf is pre-filled below full.
  await seedReportingPeriod(t.db, {
    blocId: seed.blocId,
    key: "2026-Q1",
    dueAt: new Date("2026-03-20T16:59:59Z"),
    submissions: { [seed.unitId("SYT")]: new Date("2026-03-25T03:00:00Z") },
  });
  ({ roundId } = await openReviewRound(t.db, {
    actor: operatorActor,
    blocId: seed.blocId,
    year: 2026,
    deadline: new Date("2026-12-15T10:00:00Z"),
    now,
  }));
  const syt = await sheetOf("SYT");
  await writeEntries(syt.id, "self", selfFigures.slice(0, 6));
  await writeEntries(syt.id, "review", [{ assigned: true, points: -1.25 }, { assigned: false }]);
  await writeEntries(syt.id, "final", [{ assigned: true, points: 2.5 }]);
  await t.db.scoreSheet.update({ where: { id: syt.id }, data: { state: "final" } });
  const bdt = await sheetOf("BDT");
  await writeEntries(bdt.id, "self", selfFigures.slice(6));
  await t.db.scoreSheet.update({ where: { id: bdt.id }, data: { state: "submitted" } });
  // SVHTT's sheet stays a draft, with figures already saved.
  await writeEntries((await sheetOf("SVHTT")).id, "self", [{ assigned: true, points: 4 }]);
});
afterAll(async () => t.close());

describe("a round's sheets as the engine reads them", () => {
  test("every figure of every layer comes back as saved, the pre-filled reporting leaf with them", async () => {
    const loaded = await loadRoundScoring(t.db, { blocId: seed.blocId, year: 2026 });
    const syt = loaded.units.find((unit) => unit.unitId === seed.unitId("SYT"))!;
    const reporting = byLeaf(syt.self).filter((entry) => !leaves.includes(entry.leafId));
    expect(reporting).toHaveLength(1);
    expect(reporting[0]!.points).toBeLessThan(
      loaded.scoring.nodes.find((n) => n.id === reporting[0]!.leafId)!.maxPoints,
    );
    expect(byLeaf(syt.self).filter((entry) => leaves.includes(entry.leafId))).toEqual(
      expected(selfFigures.slice(0, 6)),
    );
    expect(byLeaf(syt.review)).toEqual(expected([{ assigned: true, points: -1.25 }, { assigned: false }]));
    expect(byLeaf(syt.final)).toEqual(expected([{ assigned: true, points: 2.5 }]));
    const bdt = loaded.units.find((unit) => unit.unitId === seed.unitId("BDT"))!;
    expect(byLeaf(bdt.self).filter((entry) => leaves.includes(entry.leafId))).toEqual(expected(selfFigures.slice(6)));
    expect([bdt.review, bdt.final]).toEqual([[], []]);
  });

  test("a draft sheet's unit is listed without figures, and only the draft keeps the ranking open", async () => {
    const loaded = await loadRoundScoring(t.db, { blocId: seed.blocId, year: 2026 });
    const svhtt = loaded.units.find((unit) => unit.unitId === seed.unitId("SVHTT"))!;
    expect(svhtt.self).toBeNull();
    expect(svhtt.review).toBeUndefined();
    const sheets = await t.db.scoreSheet.count({ where: { roundId, state: { not: "final" } } });
    expect(loaded.openSheets).toBe(sheets);
  });
});
