import type { Locale } from "../../../config/env-schema.js";
import { formatPoints } from "../../../i18n/format-points.js";

// A share (0.857…) as a percentage with one decimal, in the reader's notation: 85,7 in Vietnamese.
export function formatPercent(share: number, locale: Locale): string {
  return formatPoints(Math.round(share * 1000) / 10, locale);
}
