import type { Db } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertCanViewSheet } from "./assert-can-view-sheet.js";
import { findSheet } from "./find-sheet.js";
import { sheetDeadline } from "./review-schedule.js";
import { valueOfEntry, type SheetValue } from "./sheet-value.js";

export type SheetNodeOverview = {
  id: string;
  parentId: string | null;
  path: string;
  title: string;
  kind: string;
  maxPoints: number;
  bound: boolean;
  self: SheetValue | null;
  review: SheetValue | null;
  reviewReason: string | null;
  final: SheetValue | null;
  evidence: number;
  explanation: string | null;
};

// Everything /sheet and the reviewer show about one sheet: the unit's own (its latest round's, without an id), or
// any sheet for the leader unit and the board.
export async function getSheetOverview(db: Db, options: { actor: Actor; sheetId?: string }) {
  let sheetId = options.sheetId;
  if (!sheetId) {
    assertCan(options.actor, "sheet.fill");
    const found = await db.scoreSheet.findFirst({
      where: { unitId: options.actor.unit!.id, round: { blocId: options.actor.bloc!.id } },
      orderBy: { round: { year: "desc" } },
    });
    if (!found) throw new DomainError("sheets.error_no_round");
    sheetId = found.id;
  }
  const sheet = await findSheet(db, { sheetId, actor: options.actor });
  assertCanViewSheet(sheet, options.actor);
  const [nodes, entries, evidence, explanations] = await Promise.all([
    db.scaleNode.findMany({
      where: { scaleId: sheet.round.scaleId },
      orderBy: [{ depth: "asc" }, { position: "asc" }],
    }),
    db.scoreEntry.findMany({ where: { sheetId } }),
    db.scoreEvidence.findMany({ where: { sheetId } }),
    db.scoreExplanation.findMany({ where: { sheetId } }),
  ]);
  const entry = (nodeId: string, layer: string) => entries.find((e) => e.nodeId === nodeId && e.layer === layer);
  return {
    sheetId,
    unitName: sheet.unitName,
    state: sheet.state,
    year: sheet.round.year,
    deadline: sheetDeadline(sheet, sheet.round),
    explanationDeadline: sheet.round.explanationDeadline,
    nodes: nodes.map((node): SheetNodeOverview => {
      const self = entry(node.id, "self");
      const review = entry(node.id, "review");
      const final = entry(node.id, "final");
      return {
        id: node.id,
        parentId: node.parentId,
        path: node.path,
        title: node.title,
        kind: node.kind,
        maxPoints: node.maxPoints,
        bound: self?.bound ?? false,
        self: self ? valueOfEntry(self) : null,
        review: review ? valueOfEntry(review) : null,
        reviewReason: review?.reason ?? null,
        final: final ? valueOfEntry(final) : null,
        evidence: evidence.filter((e) => e.nodeId === node.id).length,
        explanation: explanations.find((e) => e.nodeId === node.id)?.text ?? null,
      };
    }),
  };
}

export type SheetOverview = Awaited<ReturnType<typeof getSheetOverview>>;
