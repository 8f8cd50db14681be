import { describe, expect, test } from "vitest";
import keys from "../../src/documents/synthesis-locale-keys.json" with { type: "json" };

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe("synthesis-locale-keys.json", () => {
  test("Vietnamese and English have the same keys and the same placeholders", () => {
    expect(Object.keys(keys.en).sort()).toEqual(Object.keys(keys.vi).sort());
    const vi: Record<string, string> = keys.vi;
    const en: Record<string, string> = keys.en;
    for (const key of Object.keys(vi)) {
      expect(key).toMatch(/^(synthesis|documents)\.[a-z_]+$/);
      expect(en[key]!.trim(), key).not.toBe("");
      // English may leave out a parameter Vietnamese uses (the date line), never invent one.
      if (key === "synthesis.date_place")
        expect(
          placeholders(en[key]!).every((name) => ["province", "date", "day", "month", "year"].includes(name!)),
        ).toBe(true);
      else expect(placeholders(en[key]!), key).toEqual(placeholders(vi[key]!));
    }
  });
});
