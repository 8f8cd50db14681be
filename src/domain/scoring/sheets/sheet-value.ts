import { z } from "zod";

// One figure as people enter it (no leaf id): the same fields as the engine's LeafEntry.
export const SheetValueSchema = z.object({
  assigned: z.boolean(),
  passed: z.boolean().optional(),
  points: z.number().optional(),
  count: z.number().optional(),
  result: z.number().optional(),
  target: z.number().optional(),
});

export type SheetValue = z.infer<typeof SheetValueSchema>;

export type SheetLayer = "self" | "review" | "final";

// sheet states, in order: draft → submitted → reviewed → explained → rereviewed → final (locked).
export type SheetState = "draft" | "submitted" | "reviewed" | "explained" | "rereviewed" | "final";

type EntryRow = {
  assigned: boolean;
  passed: boolean | null;
  points: number | null;
  count: number | null;
  result: number | null;
  target: number | null;
};

// Absent fields stay absent, so a stored value reads back exactly as it was entered.
export function valueOfEntry(row: EntryRow): SheetValue {
  const value: SheetValue = { assigned: row.assigned };
  if (row.passed !== null) value.passed = row.passed;
  for (const field of ["points", "count", "result", "target"] as const)
    if (row[field] !== null) value[field] = row[field];
  return value;
}

export function entryColumns(value: SheetValue) {
  return {
    assigned: value.assigned,
    passed: value.passed ?? null,
    points: value.points ?? null,
    count: value.count ?? null,
    result: value.result ?? null,
    target: value.target ?? null,
  };
}
