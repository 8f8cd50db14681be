import { DomainError } from "../domain-error.js";

const factors: Record<string, number> = {
  d: 1440,
  ngày: 1440,
  ngay: 1440,
  day: 1440,
  days: 1440,
  h: 60,
  giờ: 60,
  gio: 60,
  tiếng: 60,
  tieng: 60,
  hour: 60,
  hours: 60,
  m: 1,
  phút: 1,
  phut: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
};
const off = new Set(["0", "-", "tắt", "tat", "không", "khong", "off", "none"]);

export type OffsetRules = {
  // Locale key of the refusal, which explains the grammar of that setting.
  errorCode: string;
  minMinutes: number;
  maxMinutes: number;
  maxCount?: number;
  // A bare number's unit: minutes for a conference start, days for a working-day report reminder.
  bareUnit?: "minutes" | "days";
  // Whether "tắt" / "off" / "0" may turn the reminders off (an empty list).
  allowOff?: boolean;
};

// The one grammar of "how long before": "3d, 1d, 2h", "3 ngày, 2 giờ, 30 phút", "2 tiếng", plain numbers in the
// setting's bare unit, and "tắt"/"off". Minutes, largest first, without repeats.
export function parseOffsets(text: string, rules: OffsetRules): number[] {
  const trimmed = text.trim().toLowerCase();
  if (off.has(trimmed)) {
    if (rules.allowOff) return [];
    throw new DomainError(rules.errorCode);
  }
  const parts = trimmed
    .split(/[,;]+|\s+(?=\d)/)
    .map((part) => part.trim())
    .filter(Boolean);
  const bare = rules.bareUnit === "days" ? 1440 : 1;
  const offsets = parts.map((part) => {
    const match = /^(\d{1,5})\s*([a-zà-ỹ]*)$/u.exec(part);
    const factor = match ? (match[2] ? factors[match[2]] : bare) : undefined;
    if (!match || !factor) throw new DomainError(rules.errorCode);
    return Number(match[1]) * factor;
  });
  const unique = [...new Set(offsets)].sort((a, b) => b - a);
  const tooMany = unique.length > (rules.maxCount ?? 5);
  if (unique.length === 0 || tooMany || unique.some((m) => m < rules.minMinutes || m > rules.maxMinutes))
    throw new DomainError(rules.errorCode);
  return unique;
}
