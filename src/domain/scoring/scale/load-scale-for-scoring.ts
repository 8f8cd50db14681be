import type { Db, Tx } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { ScaleNodeInput } from "../calculate/scoring-types.js";
import type { ScaleBand, ScaleNodeKind } from "./scale-file-schema.js";

// Plain data for the calculation engine (src/domain/scoring/calculate): no Prisma types cross this line.
// Points are signed: `minPoints` and the binding's points are negative for deductions.
export type ScoringScaleNode = ScaleNodeInput;

export type ScoringScale = {
  title: string;
  totalMax: number;
  nodes: ScoringScaleNode[];
  bonusCap: number | null;
  tieRule: string | null;
  bands: ScaleBand[];
};

// Nodes in tree order (parents before children, siblings by position).
export async function loadScaleForScoring(db: Db | Tx, scaleId: string): Promise<ScoringScale> {
  const scale = await db.scale.findUnique({ where: { id: scaleId } });
  if (!scale) throw new DomainError("scale.error_not_found");
  const nodes = await db.scaleNode.findMany({ where: { scaleId }, orderBy: [{ depth: "asc" }, { position: "asc" }] });
  const byParent = new Map<string | null, typeof nodes>();
  for (const node of nodes) byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node]);
  const ordered: typeof nodes = [];
  const visit = (parentId: string | null) => {
    for (const node of byParent.get(parentId) ?? []) {
      ordered.push(node);
      visit(node.id);
    }
  };
  visit(null);
  return {
    nodes: ordered.map((node) => ({
      id: node.id,
      parentId: node.parentId,
      code: node.code,
      title: node.title,
      kind: node.kind as ScaleNodeKind,
      maxPoints: node.maxPoints,
      ...(node.minPoints === null ? {} : { minPoints: node.minPoints }),
      ...(node.pointsPerOccurrence === null ? {} : { pointsPerOccurrence: node.pointsPerOccurrence }),
      isBonus: node.isBonus,
      ...(node.reportingLatePoints === null && node.reportingMissingPoints === null
        ? {}
        : {
            reportingBinding: {
              latePoints: node.reportingLatePoints ?? 0,
              missingPoints: node.reportingMissingPoints ?? 0,
            },
          }),
    })),
    title: scale.title,
    totalMax: scale.totalMax,
    bonusCap: scale.bonusCap,
    tieRule: scale.tieRule,
    bands: JSON.parse(scale.bands) as ScaleBand[],
  };
}
