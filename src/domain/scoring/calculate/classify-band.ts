import type { Band, BandKey } from "./scoring-types.js";

// The highest band whose minShare the unit reaches (share of its assigned max, bonus included); null below
// every band. The grid keeps 94.99999…% from a float sum out of a 95 % band it reached on paper.
export function classifyBand(share: number | null, bands: Band[]): BandKey | null {
  if (share === null) return null;
  const value = Math.round(share * 1e9) / 1e9;
  let best: Band | null = null;
  for (const band of bands) {
    if (value >= band.minShare && (best === null || band.minShare > best.minShare)) best = band;
  }
  return best?.key ?? null;
}
