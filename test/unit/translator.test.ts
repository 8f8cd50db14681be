import i18next from "i18next";
import { describe, expect, test } from "vitest";
import { supportedLocales } from "../../src/config/env-schema.js";
import { createTranslator, readLocaleFile } from "../../src/i18n/translator.js";

// The translator fills {{parameters}} itself (the bot's hot path); i18next configured as the translator's is the
// reference it must agree with, for every text of every locale.
const reference = i18next.createInstance();
void reference.init({
  initAsync: false,
  showSupportNotice: false,
  lng: "vi",
  fallbackLng: "vi",
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(supportedLocales.map((locale) => [locale, { translation: readLocaleFile(locale) }])),
});
const translator = createTranslator({ fallbackLocale: "vi" });
const names = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];

describe("translator", () => {
  test.each(supportedLocales)("fills every %s text as i18next does, with text and number parameters", (locale) => {
    const texts = Object.entries(readLocaleFile(locale)).filter(([, text]) => text.includes("{{"));
    expect(texts.length).toBeGreaterThan(100);
    for (const [key, text] of texts) {
      const params = Object.fromEntries(names(text).map((name, i) => [name, i % 2 ? i * 1.5 : `«${name} $& ${i}»`]));
      expect(translator.t(locale, key, params), key).toBe(reference.getFixedT(locale)(key, params));
      expect(translator.t(locale, key, params)).not.toContain("{{");
    }
  });

  test("a missing parameter, i18next's own options and an unknown key are left to i18next", () => {
    const fixedT = reference.getFixedT("en");
    expect(translator.t("en", "help.line", { command: "help" })).toBe(fixedT("help.line", { command: "help" }));
    expect(translator.t("en", "help.line", { command: "x", description: "y", count: 2 })).toBe(
      fixedT("help.line", { command: "x", description: "y", count: 2 }),
    );
    expect(translator.t("en", "no.such_key", { a: 1 })).toBe("no.such_key");
  });
});
