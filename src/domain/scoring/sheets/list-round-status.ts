import type { Db } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { sheetDeadline } from "./review-schedule.js";
import type { SheetState } from "./sheet-value.js";

export type SheetStatusRow = {
  sheetId: string;
  unitId: string;
  unitName: string;
  state: SheetState;
  submittedAt: Date | null;
  adjusted: number;
  explained: number;
  // The unit's extension (gia hạn), if the leader gave one.
  extendedUntil: Date | null;
  // Still a draft after its deadline (the round's, or its extension).
  late: boolean;
};

// /review: the bloc's latest round (or the given year's) and every unit's sheet, in the bloc file's order.
export async function listRoundStatus(db: Db, options: { actor: Actor; blocId: string; year?: number; now: Date }) {
  assertCan(options.actor, "review.view");
  const round = await db.reviewRound.findFirst({
    where: { blocId: options.blocId, ...(options.year ? { year: options.year } : {}) },
    orderBy: { year: "desc" },
    include: { sheets: { include: { entries: { where: { layer: "review" } }, explanations: true } } },
  });
  if (!round) return null;
  const units = await db.unit.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const now = options.now;
  const rows: SheetStatusRow[] = [];
  for (const unit of units) {
    const sheet = round.sheets.find((s) => s.unitId === unit.id);
    if (!sheet) continue;
    const state = sheet.state as SheetState;
    rows.push({
      sheetId: sheet.id,
      unitId: unit.id,
      unitName: unit.shortName ?? unit.name,
      state,
      submittedAt: sheet.submittedAt,
      adjusted: sheet.entries.length,
      explained: sheet.explanations.length,
      extendedUntil: sheet.extendedUntil,
      late: state === "draft" && now > sheetDeadline(sheet, round),
    });
  }
  if (rows.length === 0) throw new DomainError("sheets.error_not_found");
  return {
    roundId: round.id,
    year: round.year,
    deadline: round.deadline,
    explanationDeadline: round.explanationDeadline,
    publishedAt: round.publishedAt,
    rows,
    counts: countStates(rows),
  };
}

// The headline of /review: how many sheets are in each state, how many late.
function countStates(rows: SheetStatusRow[]) {
  const byState: Partial<Record<SheetState, number>> = {};
  for (const row of rows) byState[row.state] = (byState[row.state] ?? 0) + 1;
  return { byState, late: rows.filter((row) => row.late).length, total: rows.length };
}
