import type { LeafEntry, ScoringLayer } from "./scoring-types.js";

export type EffectiveEntry = { entry: LeafEntry; layer: ScoringLayer };
export type LayeredSheets = { self?: LeafEntry[] | null; review?: LeafEntry[]; final?: LeafEntry[] };

// Later wins: final over review over self.
export const layerPrecedence: ScoringLayer[] = ["self", "review", "final"];

// Per leaf, the last word wins: final over review over self. The reviewed figure replaces the unit's own even
// when it is lower (it is not the maximum of the two); a leaf the review left alone keeps the unit's figure.
export function effectiveLayer(sheets: LayeredSheets): Map<string, EffectiveEntry> {
  const entries = new Map<string, EffectiveEntry>();
  for (const layer of layerPrecedence) {
    for (const entry of sheets[layer] ?? []) entries.set(entry.leafId, { entry, layer });
  }
  return entries;
}

// The same, into arrays by scale position (see ScaleIndex), for scoring many units; layers[i] is the index in
// layerPrecedence, −1 where no sheet has the leaf. Entries for leaves not in the scale are ignored.
export function placeEffectiveLayer(
  sheets: LayeredSheets,
  position: Map<string, number>,
  entries: (LeafEntry | undefined)[],
  layers: Int8Array,
): void {
  layerPrecedence.forEach((layer, rank) => {
    for (const entry of sheets[layer] ?? []) {
      const i = position.get(entry.leafId);
      if (i === undefined) continue;
      entries[i] = entry;
      layers[i] = rank;
    }
  });
}
