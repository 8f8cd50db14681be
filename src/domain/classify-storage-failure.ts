// What went wrong with the database, read from the error however Prisma and the driver wrapped it (`cause`,
// `meta.driverAdapterError`). Unlike a bug, the same work may well succeed later:
// - "busy": another writer held the lock past the busy timeout (a CLI job next to the bot's tick). Jobs retry it.
// - "storage": a full disk, an I/O error, a read-only or corrupted file. A person is told truthfully that nothing
//   was recorded, and in webhook mode Telegram is answered 5xx so that it sends the update again.
export type StorageFailure = "busy" | "storage";

// better-sqlite3 codes, Prisma's codes for a timed-out or busy database (P1008 operation timed out, P2034 write
// conflict, P2024 connection pool timeout) and PostgreSQL's (busy: 40001 serialization failure, 40P01 deadlock,
// 55P03 lock not available; storage: 53100 disk full, 53200 out of memory, 57P0x shutdown, 08xxx connection,
// 25006 a read-only transaction, as on a standby after a failover).
const busyCode = /^(SQLITE_BUSY(_SNAPSHOT|_TIMEOUT)?|SQLITE_LOCKED|P1008|P2034|P2024|40001|40P01|55P03)$/;
const storageCode =
  /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL|NOMEM)|^(53100|53200|57P0[1-3]|08\d{3}|25006)$/;
const busyText =
  /SQLITE_BUSY|database is locked|database table is locked|SocketTimeout|Timed out during query execution/i;
const storageText = /database or disk is full|disk I\/O error|readonly database|malformed/i;

export function classifyStorageFailure(error: unknown): StorageFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const item = queue.shift();
    if (typeof item === "string") {
      if (busyText.test(item)) return "busy";
      if (storageText.test(item)) return "storage";
      continue;
    }
    if (!item || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const fields = item as Record<string, unknown>;
    for (const code of [fields.code, fields.originalCode]) {
      if (typeof code !== "string") continue;
      if (busyCode.test(code)) return "busy";
      if (storageCode.test(code)) return "storage";
    }
    const meta = fields.meta as Record<string, unknown> | undefined;
    queue.push(fields.message, fields.cause, meta?.driverAdapterError);
  }
  return null;
}

export const isStorageFailure = (error: unknown): boolean => classifyStorageFailure(error) !== null;
export const isBusyFailure = (error: unknown): boolean => classifyStorageFailure(error) === "busy";
