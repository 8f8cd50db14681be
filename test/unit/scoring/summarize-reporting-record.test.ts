import { describe, expect, test } from "vitest";
import { computeDeduction } from "../../../src/domain/scoring/calculate/compute-deduction.js";
import { summarizeReportingRecord } from "../../../src/domain/scoring/calculate/summarize-reporting-record.js";

const at = (iso: string) => new Date(iso);

describe("summarizeReportingRecord", () => {
  const periods = [
    {
      dueAt: at("2026-01-10T10:00:00Z"),
      units: [
        { unitId: "u1", submittedAt: at("2026-01-10T10:00:00Z") }, // at the due instant: on time
        { unitId: "u2", submittedAt: at("2026-01-10T10:00:01Z") }, // a second after: late
        { unitId: "u3", submittedAt: null }, // due passed, nothing: missing
      ],
    },
    {
      dueAt: at("2026-06-30T10:00:00Z"),
      units: [
        { unitId: "u1", submittedAt: at("2026-07-03T02:00:00Z") }, // late
        { unitId: "u2", submittedAt: null }, // missing
        { unitId: "u3", submittedAt: null }, // missing
      ],
    },
    {
      // Not due yet on `now`: nothing sent is pending, not missing; u3 does not owe this one.
      dueAt: at("2026-12-31T10:00:00Z"),
      units: [
        { unitId: "u1", submittedAt: null },
        { unitId: "u2", submittedAt: at("2026-12-01T03:00:00Z") },
      ],
    },
  ];

  test("late and missing per unit, as the compliance report counts them", () => {
    const records = summarizeReportingRecord({
      unitIds: ["u1", "u2", "u3", "u4"],
      periods,
      now: at("2026-12-15T00:00:00Z"),
    });
    expect(Object.fromEntries(records)).toEqual({
      u1: { late: 1, missing: 0 },
      u2: { late: 1, missing: 1 },
      u3: { late: 0, missing: 2 },
      u4: { late: 0, missing: 0 },
    });
  });

  test("fed into a bound leaf: max 10, −1 late, −2 missing", () => {
    const records = summarizeReportingRecord({ unitIds: ["u2"], periods, now: at("2026-12-15T00:00:00Z") });
    const leaf = { maxPoints: 10, reportingBinding: { latePoints: -1, missingPoints: -2 } };
    expect(computeDeduction(leaf, records.get("u2")!)).toBe(7); // 10 − 1 − 2
  });
});
