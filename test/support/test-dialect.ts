import path from "node:path";
import type { SqlDialect } from "../../src/db/database-dialect.js";

// `npm test` runs the suite on SQLite; `npm run test:pg` sets KHOI_TEST_DATABASE=postgresql and runs the same
// suite on PostgreSQL (TEST_POSTGRES_URL, default the local server on 127.0.0.1:5432 as postgres).
export const testDialect: SqlDialect = process.env.KHOI_TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
export const onPostgres = testDialect === "postgresql";

// Overridable so two suites can run side by side in one checkout; the PostgreSQL run has its own by default.
export const tmpRoot = path.resolve(process.env.TEST_TMP_DIR ?? (onPostgres ? ".tmp/test-pg" : ".tmp/test"));
