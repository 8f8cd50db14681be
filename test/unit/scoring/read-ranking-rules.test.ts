import { describe, expect, test } from "vitest";
import { readRankingRules } from "../../../src/domain/scoring/results/read-ranking-rules.js";

const sections = ["I", "II", "III", "IV"];

describe("the scale file's bands and tie rule as the engine reads them", () => {
  test("bands in points of the total become shares keyed by their folded label", () => {
    const rules = readRankingRules({
      totalMax: 1000,
      bands: [
        { label: "Hoàn thành xuất sắc nhiệm vụ", minPoints: 900 },
        { label: "Hoàn thành tốt nhiệm vụ", minPoints: 750 },
      ],
      tieRule: null,
      sectionCodes: sections,
    });
    expect(rules.bands).toEqual([
      { key: "hoan_thanh_xuat_sac_nhiem_vu", minShare: 0.9 },
      { key: "hoan_thanh_tot_nhiem_vu", minShare: 0.75 },
    ]);
    expect(rules.bandLabels.hoan_thanh_tot_nhiem_vu).toBe("Hoàn thành tốt nhiệm vụ");
    expect(rules.tieRule.order).toEqual(["total"]);
  });

  test.each([
    ["total, section:II, name", ["total", "section:II", "name"]],
    ["Bằng điểm thì đơn vị có điểm mục I cao hơn xếp trên.", ["total", "section:I"]],
    ["Bằng điểm thì xét MỤC III, rồi mục II.", ["total", "section:III", "section:II"]],
    ["Bằng điểm thì xét đơn vị có nhiều tiêu chí đạt điểm tối đa hơn.", ["total"]],
  ])("tie rule %j", (tieRule, order) => {
    expect(readRankingRules({ totalMax: 100, bands: [], tieRule, sectionCodes: sections }).tieRule.order).toEqual(
      order,
    );
  });
});
