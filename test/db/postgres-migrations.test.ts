import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { applyMigrations, postgresMigrationsDir } from "../../src/db/apply-migrations.js";
import { createDatabase } from "../../src/db/create-database.js";
import { newDatabaseUrl } from "../support/test-db.js";
import { onPostgres } from "../support/test-dialect.js";

const migrationNames = readdirSync(postgresMigrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.runIf(onPostgres)("PostgreSQL migrations (prisma/postgresql/migrations, applied in-process)", () => {
  test("an empty database is migrated at start, its history is Prisma's, and migrating again does nothing", async () => {
    const database = await newDatabaseUrl({ migrated: false });
    try {
      const applied: string[][] = [];
      const { db } = await createDatabase({ databaseUrl: database.url, onMigrated: (names) => applied.push(names) });
      expect(applied).toEqual([migrationNames]);
      await db.bloc.create({ data: { code: "x", name: "Khối 4", province: "Kiên Giang" } });
      const history = await db.$queryRawUnsafe<{ migration_name: string; finished: boolean }[]>(
        `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(history).toEqual(migrationNames.map((name) => ({ migration_name: name, finished: true })));
      expect(await applyMigrations({ databaseUrl: database.url })).toEqual([]);
      // The app's client still writes after the migration engine has closed its connections.
      await db.bloc.update({ where: { code: "x" }, data: { name: "Khối 5" } });
      await db.$disconnect();
    } finally {
      await database.drop();
    }
  });

  test("replicas starting together: each migration is applied once, and every one of them starts", async () => {
    const database = await newDatabaseUrl({ migrated: false });
    try {
      const results = await Promise.all([1, 2, 3].map(() => applyMigrations({ databaseUrl: database.url })));
      expect(results.flat().sort()).toEqual(migrationNames);
      const { db } = await createDatabase({ databaseUrl: database.url, migrate: false });
      const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM _prisma_migrations`);
      await db.$disconnect();
      expect(Number(rows[0]!.n)).toBe(migrationNames.length);
    } finally {
      await database.drop();
    }
  });
});
