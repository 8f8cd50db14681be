import { expect, test } from "vitest";
import { sqlDialect } from "../../src/db/sql-dialect.js";
import { createTestDb } from "../support/test-db.js";
import { testDialect } from "../support/test-dialect.js";

// Raw SQL picks its form from the client it runs on, a transaction's included.
test("sqlDialect names the engine of a client and of its transactions", async () => {
  const t = await createTestDb();
  try {
    expect(sqlDialect(t.db)).toBe(testDialect);
    expect(await t.db.$transaction(async (tx) => sqlDialect(tx))).toBe(testDialect);
  } finally {
    await t.close();
  }
});
