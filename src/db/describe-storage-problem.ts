import { statSync } from "node:fs";

// What an operator needs to read when the database cannot be opened at start: the problem in one line, no stack.
const problems: [RegExp, string][] = [
  [/SQLITE_BUSY|database is locked/i, "another bot process is already running on this database (one per file)"],
  [/SQLITE_NOTADB|not a database|file is encrypted/i, "is not a SQLite database (corrupted, or another kind of file)"],
  [/SQLITE_CORRUPT|malformed/i, "is corrupted"],
  [/SQLITE_FULL|disk is full/i, "cannot be written: the disk is full"],
  [/SQLITE_READONLY|readonly|EACCES|EROFS|permission denied/i, "cannot be written (read-only file or folder)"],
  [/SQLITE_CANTOPEN|unable to open/i, "cannot be opened (missing folder, or no permission)"],
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
