import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { derivePostgresSchema, postgresSchemaPath, sqliteSchemaPath } from "../../scripts/postgres-schema.js";

// The PostgreSQL schema is derived, never edited: after a change to prisma/schema.prisma, `npm run db:derive`
// writes it and its migration. (CI's `npm run db:check-derived` also replays the PostgreSQL migrations.)
test("prisma/postgresql/schema.prisma is what `npm run db:derive` makes of prisma/schema.prisma", () => {
  const derived = derivePostgresSchema(readFileSync(sqliteSchemaPath, "utf8"));
  expect(
    readFileSync(postgresSchemaPath, "utf8") === derived,
    "run `npm run db:derive` and commit what it writes",
  ).toBe(true);
  expect(derived).toMatch(/provider\s*=\s*"postgresql"/);
  expect(derived).toMatch(/output\s+= "..\/..\/src\/generated\/prisma-postgres"/);
});
