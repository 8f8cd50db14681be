import { mkdirSync } from "node:fs";
import path from "node:path";

// file:./data/khoi.db → absolute path relative to the working directory; the folder is created.
export function resolveDatabaseFile(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  const file = path.resolve(raw);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
