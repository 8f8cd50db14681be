import { layerPrecedence } from "./effective-layer.js";
import type { ScaleIndex } from "./index-scale.js";
import type { LeafScore, ScoringLayer } from "./scoring-types.js";
import type { NodeTotal } from "./sum-tree.js";

export type ScoredLeaf = LeafScore & { layer: ScoringLayer | null };

// One unit's figures, read by node id; kept as arrays by scale position (one set per unit, no map per unit).
export class ScoredTree {
  constructor(
    private readonly index: ScaleIndex,
    private readonly points: Float64Array,
    private readonly max: Float64Array,
    private readonly assigned: Uint8Array,
    private readonly layers: Int8Array,
  ) {}

  // A section's or leaf's points and assigned max.
  node(id: string): NodeTotal | undefined {
    const i = this.index.position.get(id);
    return i === undefined ? undefined : { points: this.points[i]!, max: this.max[i]! };
  }

  // layer null: no sheet had the leaf (scored as assigned, nothing achieved).
  leaf(id: string): ScoredLeaf | undefined {
    const i = this.index.position.get(id);
    if (i === undefined || this.index.nodes[i]!.kind === "section") return undefined;
    const layer = this.layers[i]!;
    return {
      leafId: id,
      assigned: this.assigned[i] === 1,
      points: this.points[i]!,
      max: this.max[i]!,
      layer: layer < 0 ? null : layerPrecedence[layer]!,
    };
  }
}
