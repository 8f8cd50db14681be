import type { Db } from "../../../db/create-database.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import type { NormalizedScaleNode } from "./normalized-scale.js";
import type { ScaleNodeKind } from "./scale-file-schema.js";

// A node as /scale shows it: the stored node without its place among its siblings.
export type ScaleTreeNode = Omit<NormalizedScaleNode, "parentPath" | "position">;

export type ScaleTree = {
  id: string;
  year: number;
  version: number;
  status: string;
  title: string;
  totalMax: number;
  bonusCap: number | null;
  nodes: ScaleTreeNode[];
};

// The nodes of one scale in tree order, for views and exports.
export async function listScaleTree(db: Db, scaleId: string): Promise<ScaleTreeNode[]> {
  const nodes = await db.scaleNode.findMany({ where: { scaleId } });
  const children = new Map<string | null, typeof nodes>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  const out: ScaleTreeNode[] = [];
  const visit = (parentId: string | null) => {
    for (const node of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position)) {
      out.push({
        code: node.code,
        path: node.path,
        depth: node.depth,
        title: node.title,
        kind: node.kind as ScaleNodeKind,
        maxPoints: node.maxPoints,
        minPoints: node.minPoints,
        pointsPerOccurrence: node.pointsPerOccurrence,
        evidence: node.evidence,
        reportingBinding:
          node.reportingLatePoints === null && node.reportingMissingPoints === null
            ? null
            : { latePoints: node.reportingLatePoints ?? 0, missingPoints: node.reportingMissingPoints ?? 0 },
        isBonus: node.isBonus,
        mayBeUnassigned: node.mayBeUnassigned,
      });
      visit(node.id);
    }
  };
  visit(null);
  return out;
}

// The bloc's current scale for a year (its latest version that is not superseded), or the latest year's when no
// year is asked; null when the bloc has none.
export async function showScale(
  db: Db,
  options: { blocId: string; year?: number; actor: Actor },
): Promise<ScaleTree | null> {
  assertCan(options.actor, "scale.view");
  const scale = await db.scale.findFirst({
    where: { blocId: options.blocId, status: { not: "superseded" }, ...(options.year ? { year: options.year } : {}) },
    orderBy: [{ year: "desc" }, { version: "desc" }],
  });
  if (!scale) return null;
  return {
    id: scale.id,
    year: scale.year,
    version: scale.version,
    status: scale.status,
    title: scale.title,
    totalMax: scale.totalMax,
    bonusCap: scale.bonusCap,
    nodes: await listScaleTree(db, scale.id),
  };
}
