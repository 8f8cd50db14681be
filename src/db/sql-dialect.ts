import type { Db, Tx } from "./create-database.js";
import type { SqlDialect } from "./database-dialect.js";

export type { SqlDialect } from "./database-dialect.js";

// The SQL dialect a client (or a transaction of it) speaks, for the few statements written by hand: raw SQL must
// pick its form (`FOR UPDATE SKIP LOCKED`, casts in VALUES lists, advisory locks) per engine. Read from the
// client's own provider, which a transaction client shares, so no caller has to pass the dialect along.
export function sqlDialect(db: Db | Tx): SqlDialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql") return "postgresql";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`unknown database provider ${String(provider)}`);
}
