// Which engine a DATABASE_URL names. SQLite (file:…) is the embedded default; postgresql:// or postgres://
// selects PostgreSQL. Anything else is refused by the config schema before it gets here.
export type SqlDialect = "sqlite" | "postgresql";

export const postgresUrlPattern = /^postgres(ql)?:\/\/.+/i;

export function databaseDialect(databaseUrl: string): SqlDialect {
  return postgresUrlPattern.test(databaseUrl) ? "postgresql" : "sqlite";
}

// A PostgreSQL URL as messages and logs may show it: without its password.
export function redactDatabaseUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^(\w+:\/\/[^:/@]+):[^@]*@/, "$1:***@");
}
