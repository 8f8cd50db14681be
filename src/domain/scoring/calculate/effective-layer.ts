import type { LeafEntry, ScoringLayer } from "./scoring-types.js";

export type EffectiveEntry = { entry: LeafEntry; layer: ScoringLayer };

// Per leaf, the last word wins: final over review over self. The reviewed figure replaces the unit's own even
// when it is lower (it is not the maximum of the two); a leaf the review left alone keeps the unit's figure.
export function effectiveLayer(sheets: {
  self?: LeafEntry[] | null;
  review?: LeafEntry[];
  final?: LeafEntry[];
}): Map<string, EffectiveEntry> {
  const entries = new Map<string, EffectiveEntry>();
  const layers: [ScoringLayer, LeafEntry[] | null | undefined][] = [
    ["self", sheets.self],
    ["review", sheets.review],
    ["final", sheets.final],
  ];
  for (const [layer, list] of layers) {
    for (const entry of list ?? []) entries.set(entry.leafId, { entry, layer });
  }
  return entries;
}
