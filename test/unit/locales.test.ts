import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readLocaleFile } from "../../src/i18n/translator.js";

const vi = readLocaleFile("vi");
const en = readLocaleFile("en");
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locale files", () => {
  test("vi and en have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  test.each(Object.keys(vi))("%s has the same placeholders in vi and en", (key) => {
    expect(placeholders(en[key] ?? "")).toEqual(placeholders(vi[key]!));
  });

  test("keys are area.purpose and no value is empty", () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(key).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
      expect(value.trim()).not.toBe("");
    }
  });

  test("every key used in the source exists", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.startsWith("generated"),
    );
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(path.join("src", file), "utf8");
      for (const match of source.matchAll(/(?:\bt\(|DomainError\()\s*"([a-z]+\.[a-z_.]+)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(vi, key).toHaveProperty([key]);
  });
});
