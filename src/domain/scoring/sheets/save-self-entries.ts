import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { scoreOwnSheet } from "../calculate/score-own-sheet.js";
import type { LeafEntry } from "../calculate/scoring-types.js";
import { loadScaleForScoring } from "../scale/load-scale-for-scoring.js";
import { assertSelfEditable } from "./assert-self-editable.js";
import { checkSheetValue } from "./check-sheet-value.js";
import { findSheet } from "./find-sheet.js";
import { valueOfEntry, type SheetValue } from "./sheet-value.js";
import { writeScoreEntry } from "./write-score-entry.js";

export type SaveSelfEntriesOptions = {
  actor: Actor;
  sheetId: string;
  entries: LeafEntry[];
  // The file the figures came from, for the audit record.
  source: { fileName: string; sha256: string };
  now: Date;
};

const same = (a: SheetValue, b: SheetValue) => JSON.stringify(a) === JSON.stringify(b);

function valueOf({ leafId: _leafId, ...value }: LeafEntry): SheetValue {
  // Stored values read back field by field (valueOfEntry): compare in the same shape.
  return valueOfEntry({
    assigned: value.assigned,
    passed: value.passed ?? null,
    points: value.points ?? null,
    count: value.count ?? null,
    result: value.result ?? null,
    target: value.target ?? null,
  });
}

// A whole sheet of the unit's own figures at once (the returned Excel sheet), all or nothing: every figure passes
// the checks a typed one does, only the changed ones are written (each with its ScoreChange), one audit record for
// the file. The reporting-bound leaves are the bot's: they are left as they are. The same file twice writes nothing.
export async function saveSelfEntries(db: Db, options: SaveSelfEntriesOptions) {
  assertCan(options.actor, "sheet.fill");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertSelfEditable(sheet, options.actor, options.now);
    const [scale, rows, stored] = await Promise.all([
      loadScaleForScoring(tx, sheet.round.scaleId),
      tx.scaleNode.findMany({ where: { scaleId: sheet.round.scaleId } }),
      tx.scoreEntry.findMany({ where: { sheetId: sheet.id, layer: "self" } }),
    ]);
    const existing = new Map(stored.map((entry) => [entry.nodeId, entry]));
    const changed: string[] = [];
    for (const entry of options.entries) {
      const row = rows.find((r) => r.id === entry.leafId);
      const leaf = scale.nodes.find((node) => node.id === entry.leafId);
      if (!row || !leaf || leaf.kind === "section") throw new DomainError("sheets.error_no_leaf");
      const old = existing.get(leaf.id);
      if (old?.bound) continue;
      const value = valueOf(entry);
      checkSheetValue({ leaf, mayBeUnassigned: row.mayBeUnassigned, path: row.path }, value);
      if (old && same(valueOfEntry(old), value)) continue;
      const actorId = options.actor.person?.id ?? null;
      await writeScoreEntry(tx, {
        sheetId: sheet.id,
        nodeId: leaf.id,
        layer: "self",
        value,
        actorId,
        now: options.now,
      });
      changed.push(row.path);
    }
    if (changed.length > 0)
      await recordAudit(tx, {
        blocId: sheet.round.blocId,
        actor: auditActor(options.actor),
        action: "sheet.entries_imported",
        subjectType: "score_sheet",
        subjectId: sheet.id,
        details: { changed, ...options.source },
        now: options.now,
      });
    const after = await tx.scoreEntry.findMany({ where: { sheetId: sheet.id, layer: "self" } });
    const own = scoreOwnSheet(
      scale,
      after.map((e) => ({ leafId: e.nodeId, ...valueOfEntry(e) })),
    );
    return { sheetId: sheet.id, changed, total: own.total, assignedMax: own.assignedMax };
  });
}
