import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import type { LeafEntry } from "../../src/domain/scoring/calculate/scoring-types.js";
import { getSheetWorkbook } from "../../src/domain/scoring/sheets/get-sheet-workbook.js";
import { openReviewRound } from "../../src/domain/scoring/sheets/open-review-round.js";
import { saveSelfEntries } from "../../src/domain/scoring/sheets/save-self-entries.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { expectDomainRefusal, importReviewScale, seedReportingPeriod } from "../support/review-round.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// A whole sheet of self figures at once (the returned Excel sheet): all or nothing, the bound leaves left to the bot.
let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let leaf: (path: string) => string;
let sheetId = "";
let syt: Actor;
let bdt: Actor;
const now = new Date("2026-12-01T03:00:00Z");
const source = { fileName: "phieu.xlsx", sha256: "ab".repeat(32) };
const entry = (path: string, value: Omit<LeafEntry, "leafId" | "assigned">): LeafEntry => ({
  leafId: leaf(path),
  assigned: true,
  ...value,
});

async function member(unit: string, telegramId: number): Promise<Actor> {
  const person = await t.db.person.create({
    data: { telegramId: BigInt(telegramId), chatId: BigInt(telegramId), firstName: `P${telegramId}` },
  });
  await t.db.membership.create({
    data: { personId: person.id, blocId: seed.blocId, unitId: seed.unitId(unit), role: "liaison" },
  });
  return loadActor(t.db, { telegramId });
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  syt = await member("SYT", 960_001);
  bdt = await member("BDT", 960_002);
  ({ leaf } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now }));
  // SYT missed one report: its II.3 is 5 − 1 = 4, computed by the bot.
  await seedReportingPeriod(t.db, {
    blocId: seed.blocId,
    dueAt: new Date("2026-03-20T16:59:59Z"),
    key: "q1",
    submissions: { [seed.unitId("SYT")]: null },
  });
  const deadline = new Date("2026-12-15T10:00:00Z");
  await openReviewRound(t.db, { actor: operatorActor, blocId: seed.blocId, year: 2026, deadline, now });
  sheetId = (await t.db.scoreSheet.findFirstOrThrow({ where: { unitId: seed.unitId("SYT") } })).id;
});
afterAll(() => t.close());

describe("saveSelfEntries", () => {
  test("one bad figure among good ones writes none of them", async () => {
    const entries = [entry("II.1", { points: 9 }), entry("I.2", { points: 16 })];
    await expectDomainRefusal(t.db, "scoring.error_over_max", () =>
      saveSelfEntries(t.db, { actor: syt, sheetId, entries, source, now }),
    );
  });

  test("another unit's member saves nothing", async () => {
    await expectDomainRefusal(t.db, "sheets.error_other_unit", () =>
      saveSelfEntries(t.db, { actor: bdt, sheetId, entries: [entry("II.1", { points: 9 })], source, now }),
    );
  });

  test("the changed figures are written, the bound leaf is the bot's, the own total is returned", async () => {
    const entries = [entry("II.1", { points: 9 }), entry("II.2", { passed: true }), entry("II.3", { points: 5 })];
    const saved = await saveSelfEntries(t.db, { actor: syt, sheetId, entries, source, now });
    // II.1 9 + II.2 5 + II.3 4 (bound; a missed report) + nothing else.
    expect(saved).toMatchObject({ changed: ["II.1", "II.2"], total: 18, assignedMax: 100 });
    const ii3 = await t.db.scoreEntry.findFirstOrThrow({ where: { sheetId, nodeId: leaf("II.3"), layer: "self" } });
    expect(ii3).toMatchObject({ points: 4, bound: true });
    const again = await saveSelfEntries(t.db, { actor: syt, sheetId, entries, source, now });
    expect(again.changed).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { action: "sheet.entries_imported" } })).toBe(1);
  });

  test("the workbook data: the unit's figures and the bound deduction, only for its own members", async () => {
    const workbook = await getSheetWorkbook(t.db, { actor: syt, sheetId, now });
    expect(workbook.unit.code).toBe("SYT");
    expect(workbook.entries).toEqual(
      expect.arrayContaining([
        { leafId: leaf("II.1"), assigned: true, points: 9 },
        { leafId: leaf("II.3"), assigned: true, points: 4 },
      ]),
    );
    expect(workbook.scale.nodes.find((n) => n.id === leaf("II.3"))?.evidence).toContain("/compliance");
    await expectDomainRefusal(t.db, "sheets.error_other_unit", () =>
      getSheetWorkbook(t.db, { actor: bdt, sheetId, now }),
    );
  });
});
