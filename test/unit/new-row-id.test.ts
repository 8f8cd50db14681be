import { describe, expect, test } from "vitest";
import { newRowId } from "../../src/db/new-row-id.js";

describe("newRowId", () => {
  test("has the shape of a Prisma cuid", () => {
    expect(newRowId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  test("rises in the order the ids were made, within one millisecond and across them", () => {
    const sameMs = Array.from({ length: 1000 }, () => newRowId(1_780_000_000_000));
    expect([...sameMs].sort()).toEqual(sameMs);
    expect(newRowId(1_780_000_000_001) > sameMs.at(-1)!).toBe(true);
    expect(new Set(sameMs).size).toBe(sameMs.length);
  });
});
