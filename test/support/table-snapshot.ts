import type { Db } from "../../src/db/create-database.js";

// Every row of every table (Prisma's own excepted), to assert that a refused call changed nothing but the
// refusal's audit row.
export async function snapshotTables(db: Db, options: { ignore?: string[] } = {}) {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name",
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (options.ignore?.includes(name)) continue;
    snapshot[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY rowid`);
  }
  return JSON.parse(JSON.stringify(snapshot, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Record<
    string,
    unknown[]
  >;
}
