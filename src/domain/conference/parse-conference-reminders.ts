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
const none = new Set(["0", "-", "tắt", "tat", "không", "khong", "off", "none"]);

// "3d, 1d, 2h", "3 ngày, 2 giờ, 30 phút" or plain minutes "4320, 1440, 120": minutes before the start, largest
// first; "tắt" / "off" / "0" turns that kind of reminder off. At most 5, from 5 minutes to 60 days.
export function parseConferenceReminders(text: string): number[] {
  const trimmed = text.trim().toLowerCase();
  if (none.has(trimmed)) return [];
  const parts = trimmed
    .split(/[,;]+|\s+(?=\d)/)
    .map((part) => part.trim())
    .filter(Boolean);
  const offsets = parts.map((part) => {
    const match = /^(\d{1,5})\s*([a-zà-ỹ]*)$/u.exec(part);
    const factor = match ? (match[2] ? factors[match[2]] : 1) : undefined;
    if (!match || !factor) throw new DomainError("conference.error_bad_offsets");
    return Number(match[1]) * factor;
  });
  const unique = [...new Set(offsets)].sort((a, b) => b - a);
  if (unique.length === 0 || unique.length > 5 || unique.some((minutes) => minutes < 5 || minutes > 60 * 1440))
    throw new DomainError("conference.error_bad_offsets");
  return unique;
}
