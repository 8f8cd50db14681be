import { expect, test } from "vitest";
import { DomainError } from "../../src/domain/domain-error.js";
import { isStorageFailure } from "../../src/domain/classify-storage-failure.js";

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
