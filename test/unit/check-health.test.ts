import { expect, test } from "vitest";
import type { Db } from "../../src/db/create-database.js";
import { createHealthCheck } from "../../src/runtime/check-health.js";

test("a database that does not answer makes the health check fail, without the error's details", async () => {
  const refuse = () => Promise.reject(new Error("SQLITE_IOERR: disk I/O error at /srv/khoi/data/khoi.db"));
  const db = { outboxMessage: { count: refuse, findFirst: refuse } } as unknown as Db;
  const health = await createHealthCheck({ db, clock: () => new Date() })();
  expect(health).toEqual({ ok: false, database: "failing", outbox: null });
});
