import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import i18next, { type i18n } from "i18next";
import { supportedLocales, type Locale } from "../config/env-schema.js";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../locales");

export function readLocaleFile(locale: Locale): Record<string, string> {
  return JSON.parse(readFileSync(path.join(localesDir, `${locale}.json`), "utf8")) as Record<string, string>;
}

export type Translator = {
  t: (locale: Locale, key: string, params?: TranslateParams) => string;
  forLocale: (locale: Locale) => Translate;
};

// Keys are flat "area.purpose" strings; plain-text messages, so values are not HTML-escaped.
export function createTranslator(options: { fallbackLocale: Locale }): Translator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    initAsync: false,
    showSupportNotice: false,
    lng: options.fallbackLocale,
    fallbackLng: options.fallbackLocale,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(supportedLocales.map((locale) => [locale, { translation: readLocaleFile(locale) }])),
  });
  // The resources never change after init: a text without parameters is looked up once per locale (a /help
  // translated some twenty of them per update, bench/update-throughput.ts), and a text with {{parameters}} is split
  // once into its parts, filled in without i18next's per-call option handling and regular expressions.
  const fixed = new Map(supportedLocales.map((locale) => [locale, instance.getFixedT(locale)]));
  const plain = new Map(supportedLocales.map((locale) => [locale, new Map<string, string>()]));
  const templates = new Map(supportedLocales.map((locale) => [locale, new Map<string, string[] | null>()]));
  const t = (locale: Locale, key: string, params?: TranslateParams): string => {
    const translate = fixed.get(locale) ?? instance.getFixedT(locale);
    if (params !== undefined && Object.keys(params).length > 0) {
      const known = templates.get(locale);
      let parts = known?.get(key);
      if (parts === undefined) {
        parts = templateParts(instance.getResource(locale, "translation", key));
        known?.set(key, parts);
      }
      return (parts && fillTemplate(parts, params)) ?? translate(key, params);
    }
    const known = plain.get(locale);
    let text = known?.get(key);
    if (text === undefined) {
      text = translate(key, {});
      known?.set(key, text);
    }
    return text;
  };
  return { t, forLocale: (locale) => (key, params) => t(locale, key, params) };
}

// i18next's own options, which change what it looks up (plural forms, context, fallbacks): left to i18next.
const i18nextOptions = new Set(["count", "context", "defaultValue", "lng", "lngs", "ns", "ordinal", "replace"]);

// A template's literal parts with the parameter names between them (odd indices); null for what only i18next can do:
// no text in this locale (fallback), nesting, formats or nested names.
function templateParts(template: unknown): string[] | null {
  if (typeof template !== "string" || template.includes("$t(")) return null;
  const parts = template.split(/\{\{([^{}]*)\}\}/);
  for (let i = 1; i < parts.length; i += 2) if (!/^\w+$/.test(parts[i]!)) return null;
  return parts;
}

function fillTemplate(parts: string[], params: TranslateParams): string | null {
  for (const name in params) if (i18nextOptions.has(name)) return null;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    // A missing parameter: i18next decides what to show.
    if (value === undefined) return null;
    text += String(value) + parts[i + 1]!;
  }
  return text;
}

// Telegram's language_code decides until the person picks one: en* → English, anything else → Vietnamese.
// With DEFAULT_LOCALE=en, clients in other languages get English instead.
export function localeFromTelegram(languageCode: string | undefined, fallback: Locale = "vi"): Locale {
  const code = languageCode?.toLowerCase() ?? "";
  if (code.startsWith("en")) return "en";
  if (code.startsWith("vi")) return "vi";
  return fallback;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

// The language to write to someone the bot is not answering right now: their choice, else their Telegram client's.
export function recipientLocale(
  person: { locale: string | null; languageCode: string | null },
  fallback: Locale = "vi",
): Locale {
  return isLocale(person.locale) ? person.locale : localeFromTelegram(person.languageCode ?? undefined, fallback);
}
