// `npm run db:derive`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma and, when the model
// changed, the PostgreSQL migration that takes the previous derived schema to the new one (the wasm schema
// engine's diff, offline). Run it after adding a SQLite migration (scripts/new-migration.ts), or after merging
// branches that did.
// `npm run db:check-derived` (CI): fails when the derived schema is not what the SQLite schema gives, or when the
// PostgreSQL migrations, replayed in a shadow database, do not produce it. Needs PostgreSQL: TEST_POSTGRES_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres), a role that may create databases.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  datamodel,
  deriveCommand,
  derivePostgresSchema,
  listPostgresMigrations,
  lockfileText,
  nextMigrationName,
  openPostgresEngine,
  postgresMigrationsDir,
  postgresSchemaPath,
  sqliteSchemaPath,
} from "./postgres-schema.js";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const filters = { externalTables: [], externalEnums: [] };
const relative = (file: string) => path.relative(process.cwd(), file);

const derived = derivePostgresSchema(await readFile(sqliteSchemaPath, "utf8"));
const current = existsSync(postgresSchemaPath) ? await readFile(postgresSchemaPath, "utf8") : null;
const migrations = await listPostgresMigrations();

if (values.check) {
  const problems: string[] = [];
  if (current === null) {
    console.error(`no ${relative(postgresSchemaPath)}: run \`${deriveCommand}\``);
    process.exit(1);
  }
  if (current !== derived) problems.push(`${relative(postgresSchemaPath)} is not derived from the SQLite schema`);
  const { engine, close } = await openPostgresEngine(adminUrl);
  try {
    const lockfile = { path: "migration_lock.toml", content: lockfileText };
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: postgresMigrationsDir,
        lockfile,
        shadowDbInitScript: "",
        migrationDirectories: migrations,
      },
      to: datamodel(postgresSchemaPath, derived),
      script: true,
      exitCode: null,
      filters,
    });
    const sql = (result.stdout ?? "").trim();
    if (sql !== "" && !sql.includes("empty migration"))
      problems.push(`the PostgreSQL migrations do not give the derived schema; missing:\n${sql}`);
  } finally {
    await close();
  }
  if (problems.length > 0) {
    console.error(`${problems.join("\n")}\nRun \`${deriveCommand}\` and commit what it writes.`);
    process.exit(1);
  }
  console.log(`PostgreSQL schema and ${migrations.length} migration(s) match prisma/schema.prisma.`);
  process.exit(0);
}

await mkdir(postgresMigrationsDir, { recursive: true });
await writeFile(postgresSchemaPath, derived);
await writeFile(path.join(postgresMigrationsDir, "migration_lock.toml"), lockfileText);
const { engine, close } = await openPostgresEngine(adminUrl);
const result = await engine.diff({
  from: current && migrations.length > 0 ? datamodel(postgresSchemaPath, current) : { tag: "empty" },
  to: datamodel(postgresSchemaPath, derived),
  script: true,
  exitCode: null,
  filters,
});
await close();
const sql = result.stdout ?? "";
if (sql.trim() === "" || sql.includes("empty migration")) {
  console.log(`${relative(postgresSchemaPath)} written; no PostgreSQL migration needed.`);
  process.exit(0);
}
const dir = path.join(postgresMigrationsDir, await nextMigrationName(migrations.map((m) => m.path)));
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
console.log(`${relative(postgresSchemaPath)} written; new migration ${relative(dir)}/migration.sql`);
