import type { Db, Tx } from "../../db/create-database.js";

export type UnitDraftStatus = {
  unitId: string;
  unitName: string;
  shortName: string | null;
  status: "commented" | "no_comments" | "silent";
  comments: number;
};

// Each unit of the bloc: commented (how many), answered "no comments", or silent.
export async function unitStatuses(
  db: Db | Tx,
  options: { blocId: string; draftId: string },
): Promise<UnitDraftStatus[]> {
  const [units, counts, answers] = await Promise.all([
    db.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
    db.draftComment.groupBy({
      by: ["unitId"],
      where: { draftId: options.draftId, withdrawnAt: null },
      _count: { _all: true },
    }),
    db.draftUnitAnswer.findMany({ where: { draftId: options.draftId } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.unitId, row._count._all]));
  const agreed = new Set(answers.map((answer) => answer.unitId));
  return units.map((unit) => {
    const comments = countOf.get(unit.id) ?? 0;
    return {
      unitId: unit.id,
      unitName: unit.name,
      shortName: unit.shortName,
      comments,
      status: comments > 0 ? "commented" : agreed.has(unit.id) ? "no_comments" : "silent",
    };
  });
}
