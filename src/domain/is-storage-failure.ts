// The database could not store or read what a person sent: a full disk, an I/O error, a read-only or corrupted
// file, a lock that outlasted the busy timeout. Unlike a bug, the same update may well succeed later, so it is
// answered truthfully ("not saved, try again") and, in webhook mode, with a 5xx so that Telegram sends it again.
const storageCodes =
  /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|BUSY|LOCKED|PROTOCOL|NOMEM)|^(53100|53200|57P0[1-3]|08\d{3})$/;
const storageMessages = /database or disk is full|disk I\/O error|readonly database|database is locked|malformed/i;

export function isStorageFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const item = queue.shift();
    if (!item || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const fields = item as Record<string, unknown>;
    for (const key of ["code", "originalCode"])
      if (typeof fields[key] === "string" && storageCodes.test(fields[key])) return true;
    if (typeof fields.message === "string" && storageMessages.test(fields.message)) return true;
    const meta = fields.meta as Record<string, unknown> | undefined;
    queue.push(fields.cause, meta?.driverAdapterError);
  }
  return false;
}
