import type { TieKey, TieRule } from "./scoring-types.js";

export type RankInput = {
  unitId: string;
  name: string;
  points: number;
  // Share of the assigned max (bonus included); null when nothing is assigned.
  share: number | null;
  // By section code: that section's share of its assigned max.
  sectionShares: Record<string, number | null>;
};

export type RankedUnit = { unitId: string; rank: number };

// Shares are sums of fractions (0.5·max·A/T): compare them on a fixed grid so 0.1 + 0.2 ties with 0.3.
const grid = (value: number | null | undefined) =>
  value === null || value === undefined ? Number.NEGATIVE_INFINITY : Math.round(value * 1e9) / 1e9;
const collator = new Intl.Collator("vi");
// Higher first; written out because −Infinity − −Infinity is NaN.
const descending = (a: number | null | undefined, b: number | null | undefined) => {
  const x = grid(a);
  const y = grid(b);
  return x === y ? 0 : x > y ? -1 : 1;
};

function compareBy(key: TieKey, a: RankInput, b: RankInput): number {
  if (key === "name") return collator.compare(a.name, b.name);
  if (key === "total") return descending(a.share, b.share);
  if (key === "points") return descending(a.points, b.points);
  const code = key.slice("section:".length);
  return descending(a.sectionShares[code], b.sectionShares[code]);
}

// Best first. Units equal on every key of the rule share a rank and the next rank skips ("1, 2, 2, 4"); among
// them the list is alphabetical, which orders the table without ranking anyone higher (unless "name" is a key).
export function rankUnits(units: RankInput[], tieRule: TieRule): RankedUnit[] {
  const order = tieRule.order.length > 0 ? tieRule.order : (["total"] as TieKey[]);
  const compareKeys = (a: RankInput, b: RankInput) => {
    for (const key of order) {
      const difference = compareBy(key, a, b);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const sorted = [...units].sort(
    (a, b) => compareKeys(a, b) || collator.compare(a.name, b.name) || a.unitId.localeCompare(b.unitId),
  );
  const ranked: RankedUnit[] = [];
  sorted.forEach((unit, position) => {
    const previous = sorted[position - 1];
    const tied = previous !== undefined && compareKeys(previous, unit) === 0;
    ranked.push({ unitId: unit.unitId, rank: tied ? ranked[position - 1]!.rank : position + 1 });
  });
  return ranked;
}
