import { statSync } from "node:fs";

// What an operator needs to read when the database cannot be opened at start: the problem in one line, no stack.
const problems: [RegExp, string][] = [
  [/SQLITE_BUSY|database is locked/i, "another bot process is already running on this database (one per file)"],
  [/SQLITE_NOTADB|not a database|file is encrypted/i, "is not a SQLite database (corrupted, or another kind of file)"],
  [/SQLITE_CORRUPT|malformed/i, "is corrupted"],
  [/SQLITE_FULL|disk is full/i, "cannot be written: the disk is full"],
  [/SQLITE_READONLY|readonly|EACCES|EROFS|permission denied/i, "cannot be written (read-only file or folder)"],
  [/SQLITE_CANTOPEN|unable to open/i, "cannot be opened (missing folder, or no permission)"],
  // PostgreSQL (node-postgres and the driver adapter word these).
  [/ECONNREFUSED|DatabaseNotReachable|Can't reach database/i, "cannot be reached: is PostgreSQL running there?"],
  [/ENOTFOUND|EAI_AGAIN/i, "cannot be reached: the host name is unknown"],
  [/password authentication failed|AuthenticationFailed|no pg_hba.conf entry/i, "refused the user or password"],
  [/database "[^"]*" does not exist|DatabaseDoesNotExist/i, "does not exist yet (create it: createdb <name>)"],
];

export function describeStorageProblem(file: string, error: unknown): string {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return "is a directory, not a database file";
  const text = [
    (error as { code?: unknown })?.code,
    error instanceof Error ? error.message : String(error),
    (error as { cause?: { message?: unknown } })?.cause?.message,
  ].join(" ");
  return problems.find(([pattern]) => pattern.test(text))?.[1] ?? (error instanceof Error ? error.message : text);
}
