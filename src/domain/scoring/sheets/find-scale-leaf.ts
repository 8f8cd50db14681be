import type { Db, Tx } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { ScaleNodeInput } from "../calculate/scoring-types.js";
import { loadScaleForScoring } from "../scale/load-scale-for-scoring.js";

// One leaf of the round's scale as the engine sees it, and whether it may be "not assigned" to a unit.
export async function findScaleLeaf(tx: Db | Tx, options: { scaleId: string; nodeId: string }) {
  const row = await tx.scaleNode.findUnique({ where: { id: options.nodeId } });
  if (!row || row.scaleId !== options.scaleId || row.kind === "section") throw new DomainError("sheets.error_no_leaf");
  const scale = await loadScaleForScoring(tx, options.scaleId);
  const leaf = scale.nodes.find((node) => node.id === options.nodeId) as ScaleNodeInput;
  return { leaf, mayBeUnassigned: row.mayBeUnassigned, path: row.path };
}
