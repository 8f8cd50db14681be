// Which engine a DATABASE_URL names. SQLite (file:…) is the embedded default; postgresql:// or postgres://
// selects PostgreSQL. Anything else is refused by the config schema before it gets here.
export type SqlDialect = "sqlite" | "postgresql";

export const postgresUrlPattern = /^postgres(ql)?:\/\/.+/i;

export function databaseDialect(databaseUrl: string): SqlDialect {
  return postgresUrlPattern.test(databaseUrl) ? "postgresql" : "sqlite";
}
