import type { Tx } from "../../db/create-database.js";
import type { NormalizedScaleNode } from "../scoring/scale/normalized-scale.js";
import type { ScaleNodeKind } from "../scoring/scale/scale-file-schema.js";
import { writeScaleNodes } from "../scoring/scale/write-scale-nodes.js";

type CopyScaleOptions = { blocId: string; year: number; now: Date };

// Last year's scale (the version in use or locked by its review) as version 1 of the new year, in status draft:
// the leader checks it in /scale and activates it, or imports a changed file over it. Nothing when the new year
// already has a scale or last year had none.
export async function copyYearScale(tx: Tx, options: CopyScaleOptions) {
  const exists = await tx.scale.count({ where: { blocId: options.blocId, year: options.year } });
  if (exists > 0) return null;
  const source = await tx.scale.findFirst({
    where: { blocId: options.blocId, year: options.year - 1, status: { in: ["active", "locked"] } },
    orderBy: { version: "desc" },
    include: { nodes: true },
  });
  if (!source) return null;
  const { id: _id, nodes, createdAt: _c, updatedAt: _u, ...fields } = source;
  const scale = await tx.scale.create({
    data: {
      ...fields,
      year: options.year,
      version: 1,
      status: "draft",
      createdAt: options.now,
      updatedAt: options.now,
    },
  });
  const pathOf = new Map(nodes.map((node) => [node.id, node.path]));
  // Parents before children, as writeScaleNodes needs.
  const ordered = [...nodes].sort((a, b) => a.depth - b.depth || a.path.localeCompare(b.path));
  await writeScaleNodes(
    tx,
    scale.id,
    ordered.map((node): NormalizedScaleNode => ({
      path: node.path,
      parentPath: node.parentId ? pathOf.get(node.parentId)! : null,
      position: node.position,
      depth: node.depth,
      code: node.code,
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
    })),
  );
  return { scaleId: scale.id, title: scale.title, fromVersion: source.version, nodeCount: nodes.length };
}
