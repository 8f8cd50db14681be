import Database from "better-sqlite3";

// better-sqlite3's backup() uses SQLite's online backup API: safe while the bot keeps writing.
export async function backupDatabase(options: { databaseFile: string; target: string }): Promise<{ pages: number }> {
  const sqlite = new Database(options.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const result = await sqlite.backup(options.target);
    return { pages: result.totalPages };
  } finally {
    sqlite.close();
  }
}
