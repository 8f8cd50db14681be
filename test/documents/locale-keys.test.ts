import { describe, expect, test } from "vitest";
import { readLocaleFile } from "../../src/i18n/translator.js";

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
const documentKey = /^(document|documents|synthesis|certificate|attendees|compliance|minutes|proposal)\./;

describe("the document keys in locales/*.json", () => {
  const vi = readLocaleFile("vi");
  const en = readLocaleFile("en");
  const keysOf = (messages: Record<string, string>) => Object.keys(messages).filter((key) => documentKey.test(key));

  test("Vietnamese and English have the same keys and the same placeholders", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
    for (const key of keysOf(vi)) {
      expect(key).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(en[key]!.trim(), key).not.toBe("");
      // English may leave out a parameter Vietnamese uses (the date line), never invent one.
      if (key === "document.date_place")
        expect(
          placeholders(en[key]!).every((name) => ["province", "date", "day", "month", "year"].includes(name!)),
        ).toBe(true);
      else expect(placeholders(en[key]!), key).toEqual(placeholders(vi[key]!));
    }
  });

  test("the administrative header is worded once, in document.*, not per document", () => {
    for (const part of ["motto_country", "motto_slogan", "date_place", "header_bloc", "header_leader_unit"]) {
      expect(vi, part).toHaveProperty([`document.${part}`]);
      for (const area of ["synthesis", "certificate", "attendees", "compliance"])
        expect(vi, `${area}.${part}`).not.toHaveProperty([`${area}.${part}`]);
    }
  });
});
