import { describe, expect, test } from "vitest";
import { classifyBand } from "../../../src/domain/scoring/calculate/classify-band.js";
import { percentOfAssigned } from "../../../src/domain/scoring/calculate/percent-of-assigned.js";
import { rankUnits, type RankInput } from "../../../src/domain/scoring/calculate/rank-units.js";
import type { TieKey } from "../../../src/domain/scoring/calculate/scoring-types.js";

const unit = (unitId: string, share: number | null, sectionI: number, points = 0): RankInput => ({
  unitId,
  name: `Sở ${unitId}`,
  points,
  share,
  sectionShares: { I: sectionI },
});
const ranks = (units: RankInput[], order: TieKey[]) =>
  rankUnits(units, { order })
    .map((r) => `${r.unitId}${r.rank}`)
    .join(" ");

describe("rankUnits", () => {
  // Listed out of order on purpose; D and C tie on total, C leads on section I.
  const units = [unit("D", 0.9, 0.8), unit("C", 0.9, 0.9), unit("A", 0.95, 0.7), unit("B", 0.9, 0.9)];

  test("equal on every key share a rank and the next is skipped: 1, 2, 2, 4", () => {
    expect(ranks(units, ["total", "section:I"])).toBe("A1 B2 C2 D4");
  });

  test("the tie rule decides: total alone ties three; with name last nobody ties", () => {
    expect(ranks(units, ["total"])).toBe("A1 B2 C2 D2");
    expect(ranks(units, ["total", "section:I", "name"])).toBe("A1 B2 C3 D4");
    expect(ranks(units, ["section:I", "total"])).toBe("B1 C1 D3 A4");
  });

  test("float sums that are equal on paper tie; a unit with nothing assigned ranks last", () => {
    const sums = [unit("X", 0.1 + 0.2, 0), unit("Y", 0.3, 0), unit("Z", null, 0)];
    expect(ranks(sums, ["total"])).toBe("X1 Y1 Z3");
  });

  test("points ranks on the raw total", () => {
    expect(ranks([unit("P", 0.5, 0, 40), unit("Q", 0.9, 0, 30)], ["points"])).toBe("P1 Q2");
  });
});

describe("classifyBand", () => {
  const bands = [
    { key: "kha", minShare: 0.65 },
    { key: "xuat_sac", minShare: 0.95 },
    { key: "tot", minShare: 0.8 },
  ];

  test("the highest band reached, in any order of the list; below all is no band", () => {
    expect(classifyBand(0.95, bands)).toBe("xuat_sac");
    expect(classifyBand(1.1, bands)).toBe("xuat_sac"); // bonus over 100 %
    expect(classifyBand(0.9499, bands)).toBe("tot");
    expect(classifyBand(0.65, bands)).toBe("kha");
    expect(classifyBand(0.6, bands)).toBeNull();
    expect(classifyBand(null, bands)).toBeNull();
  });

  test("95 % reached through a float sum is 95 %", () => {
    // 0.18 + 0.69 + 0.08 is 0.9499999999999998 in floating point.
    const share = 0.18 + 0.69 + 0.08;
    expect(share).toBeLessThan(0.95);
    expect(classifyBand(share, bands)).toBe("xuat_sac");
    expect(classifyBand(0.95 - 1e-12, bands)).toBe("xuat_sac");
  });
});

describe("percentOfAssigned", () => {
  test("points ÷ assigned points × 100 %", () => {
    expect(percentOfAssigned(45, 40)).toBe(112.5);
    expect(percentOfAssigned(30, 75)).toBe(40);
    expect(percentOfAssigned(0, 0)).toBeNull();
  });
});
