import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";
import { findDraft } from "./find-draft.js";
import { unitStatuses } from "./unit-statuses.js";

// The leader's view of a draft: each unit's status and every live comment, general ones first, then by clause.
export async function getDraftOverview(db: Db, options: { blocId: string; draftId: string }) {
  const { draft, current, clauses } = await findDraft(db, options);
  const [units, rows] = await Promise.all([
    unitStatuses(db, options),
    db.draftComment.findMany({
      where: { draftId: draft.id, withdrawnAt: null },
      include: { version: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const people = await db.person.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.personId))] } } });
  const nameOf = new Map(people.map((person) => [person.id, personName(person)]));
  const unitOf = new Map(units.map((unit) => [unit.unitId, unit]));
  const clauseNumber = (label: string | null) => (label ? Number(/\d+/.exec(label)?.[0] ?? 0) : 0);
  const comments = rows
    .map((row) => ({
      id: row.id,
      clauseId: row.clauseId,
      clauseLabel: row.clauseLabel,
      unitId: row.unitId,
      unitName: unitOf.get(row.unitId)?.unitName ?? "?",
      unitShortName: unitOf.get(row.unitId)?.shortName ?? null,
      personName: nameOf.get(row.personId) ?? "?",
      text: row.text,
      fileId: row.fileId,
      versionNumber: row.version.number,
      responseKind: row.responseKind,
      responseText: row.responseText,
      createdAt: row.createdAt,
    }))
    .sort(
      (a, b) =>
        clauseNumber(a.clauseLabel) - clauseNumber(b.clauseLabel) || a.createdAt.getTime() - b.createdAt.getTime(),
    );
  return { draft, current, clauses, versions: draft.versions, units, comments };
}
