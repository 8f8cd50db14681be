// Runs `prisma generate` after install. Offline, the CLI cannot download its schema-engine binary,
// which generate never executes; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it proceed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let prismaCli;
try {
  prismaCli = require.resolve("prisma/build/index.js");
} catch {
  // The Prisma CLI is a development dependency: a production install (`npm ci --omit=dev`) runs the compiled
  // build, which carries its generated client in dist/generated.
  console.log("prisma CLI not installed (production install): the client is not regenerated");
  process.exit(0);
}

function generate(schema, env) {
  return spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], { env, encoding: "utf8" });
}

// Both clients: src/generated/prisma (SQLite) and src/generated/prisma-postgres (PostgreSQL, from the schema
// scripts/derive-postgres-schema.ts derives). They have the same API; the database URL picks one at start.
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  let result = generate(schema, process.env);
  if (result.status !== 0) {
    result = generate(schema, { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
  }
  process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? "");
    process.exit(result.status ?? 1);
  }
}
