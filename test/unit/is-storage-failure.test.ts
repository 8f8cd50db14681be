import { expect, test } from "vitest";
import { DomainError } from "../../src/domain/domain-error.js";
import { classifyStorageFailure, isStorageFailure } from "../../src/domain/classify-storage-failure.js";

test("storage failures are recognised through Prisma's wrapping; bugs and rule refusals are not", () => {
  // The shape Prisma 7 with the better-sqlite3 adapter throws on a full disk (P2039 around the driver's error).
  const full = Object.assign(new Error("Invalid `db.handledUpdate.create()` invocation"), {
    code: "P2039",
    meta: { driverAdapterError: { cause: { originalCode: "SQLITE_FULL", message: "database or disk is full" } } },
  });
  expect(isStorageFailure(full)).toBe(true);
  expect(isStorageFailure(new Error("x", { cause: { code: "SQLITE_IOERR_WRITE" } }))).toBe(true);
  expect(isStorageFailure(new Error("attempt to write a readonly database"))).toBe(true);
  expect(isStorageFailure(new TypeError("Cannot read properties of undefined"))).toBe(false);
  expect(isStorageFailure(new DomainError("drafts.error_file_type"))).toBe(false);
  expect(isStorageFailure(null)).toBe(false);
});

test("PostgreSQL's codes, in the shape the pg driver adapter gives them: busy, storage, or a bug", () => {
  const pgError = (originalCode: string, originalMessage: string) =>
    Object.assign(new Error("Invalid `db.person.create()` invocation"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode, originalMessage } } },
    });
  expect(classifyStorageFailure(pgError("25006", "cannot execute INSERT in a read-only transaction"))).toBe("storage");
  expect(classifyStorageFailure(pgError("53100", "could not extend file: No space left on device"))).toBe("storage");
  expect(classifyStorageFailure(pgError("57P01", "terminating connection due to administrator command"))).toBe(
    "storage",
  );
  expect(classifyStorageFailure(pgError("40P01", "deadlock detected"))).toBe("busy");
  expect(classifyStorageFailure(pgError("40001", "could not serialize access"))).toBe("busy");
  expect(classifyStorageFailure(pgError("42601", "syntax error at or near"))).toBe(null);
});
