import { dayNumberOf, fromDayNumber } from "./calendar-date.js";

// Hồ Ngọc Đức's algorithm for the Vietnamese lunisolar calendar (astronomical new moons and solar terms,
// Meeus' low-precision formulas), evaluated at UTC+7. The Chinese calendar uses UTC+8 and differs from
// Vietnam's in some years (Tết 1985, 2007, 2030 …), so a Chinese lunar library is not a substitute.
// Matches the published Vietnamese calendar for 1900–2100; callers only use 2021–2100.

const vietnamUtcOffsetHours = 7;
const synodicMonth = 29.530588853;
const epoch = 2415021.076998695;

function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const dr = Math.PI / 180;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const dr = Math.PI / 180;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.00029 * Math.sin(dr * 3 * m);
  const l = (l0 + dl) * dr;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

// The sector (0..11, 30° each) of the sun's longitude at the start of a local day.
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - vietnamUtcOffsetHours / 24) / Math.PI) * 6);
}

function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + vietnamUtcOffsetHours / 24);
}

// Day number of the first day of lunar month 11 (the month holding the winter solstice) of a year.
function lunarMonth11(year: number): number {
  const k = Math.floor((dayNumberOf(year, 12, 31) - 2415021) / synodicMonth);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - epoch) / synodicMonth + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

// The Gregorian date of a day in a regular (non-leap) lunar month.
export function lunarToSolar(options: { lunarYear: number; lunarMonth: number; lunarDay: number }): string {
  const { lunarYear, lunarMonth, lunarDay } = options;
  const [a11, b11] =
    lunarMonth < 11
      ? [lunarMonth11(lunarYear - 1), lunarMonth11(lunarYear)]
      : [lunarMonth11(lunarYear), lunarMonth11(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - epoch) / synodicMonth);
  let offset = lunarMonth - 11;
  if (offset < 0) offset += 12;
  // A 13-month year has a leap month; months from it on sit one further from month 11.
  if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) offset += 1;
  return fromDayNumber(newMoonDay(k + offset) + lunarDay - 1);
}
