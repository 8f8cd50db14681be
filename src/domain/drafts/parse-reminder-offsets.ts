import { DomainError } from "../domain-error.js";

// "2 ngày, 2 giờ" or "3d 1d 2h": how long before the deadline to remind, as minutes, largest first.
export function parseReminderOffsets(text: string): number[] {
  const units: Record<string, number> = {
    d: 1440,
    ngày: 1440,
    ngay: 1440,
    day: 1440,
    days: 1440,
    h: 60,
    giờ: 60,
    gio: 60,
    hour: 60,
    hours: 60,
  };
  const parts = text
    .toLowerCase()
    .split(/[,;]+|\s+(?=\d)/)
    .map((part) => part.trim())
    .filter(Boolean);
  const offsets = parts.map((part) => {
    const match = /^(\d{1,3})\s*([a-zà-ỹ]+)$/u.exec(part);
    const factor = match ? units[match[2]!] : undefined;
    if (!match || !factor) throw new DomainError("drafts.error_bad_offsets");
    return Number(match[1]) * factor;
  });
  const unique = [...new Set(offsets)].sort((a, b) => b - a);
  if (unique.length === 0 || unique.length > 5 || unique.some((minutes) => minutes < 60 || minutes > 60 * 1440))
    throw new DomainError("drafts.error_bad_offsets");
  return unique;
}
