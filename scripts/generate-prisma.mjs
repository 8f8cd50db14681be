// Runs `prisma generate` after install. Offline, the CLI cannot download its schema-engine binary,
// which generate never executes; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it proceed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

function generate(env) {
  return spawnSync(process.execPath, [prismaCli, "generate"], { env, encoding: "utf8" });
}

let result = generate(process.env);
if (result.status !== 0) {
  result = generate({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
process.stdout.write(result.stdout ?? "");
if (result.status !== 0) {
  process.stderr.write(result.stderr ?? "");
  process.exit(result.status ?? 1);
}
