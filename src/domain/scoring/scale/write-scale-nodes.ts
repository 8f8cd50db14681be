import { randomUUID } from "node:crypto";
import type { Tx } from "../../../db/create-database.js";
import type { NormalizedScaleNode } from "./normalized-scale.js";

// Nodes come in tree order, so a parent's id is known before its children are written.
export async function writeScaleNodes(tx: Tx, scaleId: string, nodes: NormalizedScaleNode[]): Promise<void> {
  const ids = new Map<string, string>();
  const rows = nodes.map((node) => {
    const id = randomUUID();
    ids.set(node.path, id);
    return {
      id,
      scaleId,
      parentId: node.parentPath === null ? null : ids.get(node.parentPath)!,
      position: node.position,
      depth: node.depth,
      code: node.code,
      path: node.path,
      title: node.title,
      kind: node.kind,
      maxPoints: node.maxPoints,
      minPoints: node.minPoints,
      pointsPerOccurrence: node.pointsPerOccurrence,
      evidence: node.evidence,
      reportingLatePoints: node.reportingBinding?.latePoints ?? null,
      reportingMissingPoints: node.reportingBinding?.missingPoints ?? null,
      isBonus: node.isBonus,
      mayBeUnassigned: node.mayBeUnassigned,
    };
  });
  await tx.scaleNode.createMany({ data: rows });
}
