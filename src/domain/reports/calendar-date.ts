import { z } from "zod";
import { DomainError } from "../domain-error.js";

// Calendar dates are plain "yyyy-MM-dd" strings and are counted as Julian day numbers:
// integer arithmetic, so nothing here depends on the server's time zone.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateParts = { year: number; month: number; day: number };

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: "must be a real date written yyyy-MM-dd" });

export function splitDate(date: string): DateParts {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`Not a yyyy-MM-dd date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatDateParts(parts: DateParts): string {
  return `${String(parts.year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
}

// Gregorian date → Julian day number (the formula of the Hồ Ngọc Đức lunar algorithm, Gregorian branch only).
export function toDayNumber(date: string): number {
  const { year, month, day } = splitDate(date);
  return dayNumberOf(year, month, day);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

export function fromDayNumber(dayNumber: number): string {
  const a = dayNumber + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return formatDateParts({
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  });
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

// 0 = Sunday … 6 = Saturday.
export function weekdayOf(date: string): number {
  return (toDayNumber(date) + 1) % 7;
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

// The day `day` of a month, or the month's last day when it is shorter (31 → 30/04, 29/02 → 28/02).
export function clampedDate(year: number, month: number, day: number): string {
  return formatDateParts({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

// Month arithmetic on (year, month) pairs; month may run outside 1..12.
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

// Operators and users write dates as dd/MM/yyyy; the ISO form is accepted too.
export function parseCalendarDateText(text: string): string {
  const trimmed = text.trim();
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const date = vietnamese
    ? formatDateParts({ year: Number(vietnamese[3]), month: Number(vietnamese[2]), day: Number(vietnamese[1]) })
    : trimmed;
  if (!isCalendarDate(date)) throw new DomainError("reports.error_bad_date", { text: trimmed });
  return date;
}

// "dd/MM/yyyy", the way dates are shown in Vietnamese documents.
export function displayDate(date: string): string {
  const { year, month, day } = splitDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
