import { afterEach, describe, expect, test } from "vitest";
import { refreshQueryStatistics } from "../../src/db/refresh-query-statistics.js";
import { onPostgres } from "../support/test-dialect.js";
import { createTestDb, type TestDb } from "../support/test-db.js";
import { seedExampleBloc } from "../support/fixtures.js";

let t: TestDb | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

// The planner's statistics (sqlite_stat1) are what made the reminders' audience use the units' index: they exist
// once the database is opened and follow the tables as they grow.
describe.skipIf(onPostgres)("SQLite query statistics (sqlite_stat1, a SQLite table)", () => {
  test("are gathered when the database opens and refreshed by the sqlite-optimize job once a table grows", async () => {
    t = await createTestDb();
    const stats = async () =>
      new Map(
        (await t!.db.$queryRawUnsafe<{ idx: string; stat: string }[]>(`SELECT idx, stat FROM sqlite_stat1`)).map(
          (row) => [row.idx, row.stat],
        ),
      );
    expect((await stats()).size).toBeGreaterThan(0);
    const seed = await seedExampleBloc(t.db);
    const unit = seed.units[0]!;
    const rowsIn = async () => Number((await stats()).get("Membership_unitId_idx")?.split(" ")[0] ?? 0);
    const before = await rowsIn();
    for (let i = 0; i < 300; i++) {
      const person = await t.db.person.create({ data: { telegramId: 70_000 + i, chatId: 70_000 + i, firstName: "A" } });
      await t.db.membership.create({
        data: { personId: person.id, blocId: seed.blocId, unitId: unit.id, role: "liaison" },
      });
    }
    await refreshQueryStatistics(t.db);
    expect(before).toBeLessThan(300);
    expect(await rowsIn()).toBeGreaterThanOrEqual(300);
  });
});
