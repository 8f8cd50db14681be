import type { Locale } from "../config/env-schema.js";

// Points as each language writes them: 1.000 and 0,5 in Vietnamese, 1,000 and 0.5 in English.
export function formatPoints(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 }).format(value);
}
