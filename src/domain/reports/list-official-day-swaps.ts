export type DaySwap = { date: string; kind: "holiday" | "workday"; nameKey: string };

// Published government decisions that move a working day next to a holiday onto a Saturday.
// Only decisions known when this was written; later ones are added by operators (`calendar holiday|workday`).
const swaps: DaySwap[] = [
  // Tết Dương lịch 2026: Friday 2/1 off, worked on Saturday 10/1.
  { date: "2026-01-02", kind: "holiday", nameKey: "calendar.swap_day_off" },
  { date: "2026-01-10", kind: "workday", nameKey: "calendar.swap_workday" },
  // Quốc khánh 2026: Monday 31/8 off, worked on Saturday 22/8.
  { date: "2026-08-22", kind: "workday", nameKey: "calendar.swap_workday" },
  { date: "2026-08-31", kind: "holiday", nameKey: "calendar.swap_day_off" },
];

export function listOfficialDaySwaps(year: number): DaySwap[] {
  const prefix = `${year}-`;
  return swaps.filter((swap) => swap.date.startsWith(prefix)).map((swap) => ({ ...swap }));
}
