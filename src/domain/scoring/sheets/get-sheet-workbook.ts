import type { Db } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import type { LeafEntry } from "../calculate/scoring-types.js";
import { loadScaleForScoring } from "../scale/load-scale-for-scoring.js";
import { assertSelfEditable } from "./assert-self-editable.js";
import { assertOwnSheet, findSheet } from "./find-sheet.js";
import { sheetDeadline } from "./review-schedule.js";
import { valueOfEntry } from "./sheet-value.js";

export type GetSheetWorkbookOptions = { actor: Actor; sheetId: string; now: Date };

// What the unit's Excel sheet is made from and read back against: the round's scale with the evidence each leaf
// expects, the unit, and its current self figures (the bound ones included). Only the unit's own sheet, while it
// may still change: the same checks as a figure typed in the chat, so a file is never offered that cannot be saved.
export async function getSheetWorkbook(db: Db, options: GetSheetWorkbookOptions) {
  assertCan(options.actor, "sheet.fill");
  const sheet = await findSheet(db, options).catch((error: unknown) => {
    // A file or button of a round that was since removed (or of another bloc).
    throw error instanceof DomainError ? new DomainError("scoresheet.error_sheet_gone") : error;
  });
  assertOwnSheet(sheet, options.actor);
  const latest = await db.scoreSheet.findFirst({
    where: { unitId: sheet.unitId, round: { blocId: sheet.round.blocId } },
    orderBy: { round: { year: "desc" } },
  });
  if (latest?.id !== sheet.id) throw new DomainError("scoresheet.error_other_round", { year: sheet.round.year });
  assertSelfEditable(sheet, options.actor, options.now);
  const [scale, scoring, rows, entries, bloc] = await Promise.all([
    db.scale.findUniqueOrThrow({ where: { id: sheet.round.scaleId } }),
    loadScaleForScoring(db, sheet.round.scaleId),
    db.scaleNode.findMany({ where: { scaleId: sheet.round.scaleId } }),
    db.scoreEntry.findMany({ where: { sheetId: sheet.id, layer: "self" } }),
    db.bloc.findUniqueOrThrow({ where: { id: sheet.round.blocId } }),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    sheetId: sheet.id,
    year: sheet.round.year,
    deadline: sheetDeadline(sheet, sheet.round),
    unit: { code: sheet.unit.code, name: sheet.unit.name },
    bloc: { name: bloc.name },
    scale: {
      id: scale.id,
      version: scale.version,
      title: scale.title,
      nodes: scoring.nodes.map((node) => ({ ...node, evidence: byId.get(node.id)?.evidence ?? null })),
    },
    // Path and title by node, for answers that name a row.
    paths: new Map(rows.map((row) => [row.id, { path: row.path, title: row.title }])),
    entries: entries.map((entry): LeafEntry => ({ leafId: entry.nodeId, ...valueOfEntry(entry) })),
  };
}

export type SheetWorkbook = Awaited<ReturnType<typeof getSheetWorkbook>>;
