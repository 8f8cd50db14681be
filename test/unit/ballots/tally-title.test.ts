import { describe, expect, test } from "vitest";
import { tallyTitle, type TallyCandidate } from "../../../src/domain/ballots/tally-title.js";

const c = (unitId: string, votes: number, rank: number | null, position = 0): TallyCandidate => ({
  unitId,
  votes,
  rank,
  position,
});
const outcomes = (map: Map<string, string>) => Object.fromEntries(map);

// Who a title elects: over the threshold (strictly), most votes first, a tie across the last seat per the rule.
describe("tallyTitle", () => {
  const base = { baseCount: 7, threshold: 0.5 };

  test("more than half of all units: 4 of 7 is elected, 3.5 would not be", () => {
    expect(
      outcomes(tallyTitle({ ...base, seats: 2, tieRule: "revote", candidates: [c("A", 4, 1), c("B", 3, 2)] })),
    ).toEqual({
      A: "elected",
      B: "not_elected",
    });
    expect(
      outcomes(tallyTitle({ seats: 1, tieRule: "revote", baseCount: 8, threshold: 0.5, candidates: [c("A", 4, 1)] })),
    ).toEqual({ A: "not_elected" });
  });

  test("a tie across the last seat: revote elects those above it only", () => {
    const candidates = [c("A", 6, 4), c("B", 5, 3), c("C", 5, 1), c("D", 1, 2)];
    expect(outcomes(tallyTitle({ ...base, seats: 2, tieRule: "revote", candidates }))).toEqual({
      A: "elected",
      B: "tie",
      C: "tie",
      D: "not_elected",
    });
  });

  test("by ranking: the better ranked of the tied takes the seat; equal or no ranks stay a tie", () => {
    const candidates = [c("A", 6, 4), c("B", 5, 3), c("C", 5, 1), c("D", 1, 2)];
    expect(outcomes(tallyTitle({ ...base, seats: 2, tieRule: "ranking", candidates }))).toEqual({
      A: "elected",
      B: "not_elected",
      C: "elected",
      D: "not_elected",
    });
    const unranked = [c("A", 5, null, 0), c("B", 5, null, 1), c("C", 5, 2, 2)];
    expect(outcomes(tallyTitle({ ...base, seats: 2, tieRule: "ranking", candidates: unranked }))).toEqual({
      A: "tie",
      B: "tie",
      C: "elected",
    });
  });

  test("the base may be the units that voted", () => {
    expect(
      outcomes(tallyTitle({ seats: 1, tieRule: "revote", baseCount: 5, threshold: 0.5, candidates: [c("A", 3, 1)] })),
    ).toEqual({
      A: "elected",
    });
  });
});
