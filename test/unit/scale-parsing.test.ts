import { describe, expect, test } from "vitest";
import { isScaleCaption, parseScaleArgs } from "../../src/bot/features/scale/parse-scale-args.js";
import { matchScaleHeader } from "../../src/domain/scoring/scale/scale-columns.js";
import { parseScaleKind } from "../../src/domain/scoring/scale/parse-scale-kind.js";
import { isBulletStt, sttLevel } from "../../src/domain/scoring/scale/stt-level.js";
import { formatPoints } from "../../src/i18n/format-points.js";

describe("scale parsing", () => {
  test.each([
    ["/scale", { mode: "show", year: undefined }],
    ["/scale 2026", { mode: "show", year: 2026 }],
    ["/scale import", { mode: "import", year: undefined, newVersion: false }],
    ["/scale import 2027 new", { mode: "import", year: 2027, newVersion: true }],
    ["/scale@KhoiBot import mới", { mode: "import", year: undefined, newVersion: true }],
    ["/scale new", null],
    ["/scale 1999", null],
    ["/scale import 2026 2027", null],
  ])("%s", (text, expected) => {
    expect(parseScaleArgs(text)).toEqual(expected);
  });

  test("captions that ask for an import", () => {
    expect(isScaleCaption("/scale import")).toBe(true);
    expect(isScaleCaption("/scale@KhoiBot import 2026")).toBe(true);
    expect(isScaleCaption("/scales")).toBe(false);
    expect(isScaleCaption(undefined)).toBe(false);
  });

  test.each([
    ["I.", 1],
    ["XIV", 1],
    ["1.", 2],
    ["12", 2],
    ["a)", 3],
    ["đ)", 3],
    ["b.1", 4],
    ["-", 4],
  ])("STT %s is level %i", (stt, level) => {
    expect(sttLevel(stt)).toBe(level);
  });

  test("bullets, kinds and headers are read without case or accents", () => {
    expect(isBulletStt("+")).toBe(true);
    expect(isBulletStt("a.1")).toBe(false);
    expect(parseScaleKind("Đạt/Không đạt")).toBe("pass_fail");
    expect(parseScaleKind("THEO LẦN")).toBe("per_occurrence");
    expect(parseScaleKind("per_occurrence")).toBe("per_occurrence");
    expect(parseScaleKind("tùy ý")).toBeNull();
    expect(matchScaleHeader("ĐIỂM TỐI ĐA")).toEqual({ column: "max" });
    expect(matchScaleHeader("Max points")).toEqual({ column: "max" });
    expect(matchScaleHeader("Ghi chú")).toEqual({ ignored: true });
    expect(matchScaleHeader("Hạng")).toBeNull();
  });

  test("points in each language", () => {
    expect(formatPoints(1000, "vi")).toBe("1.000");
    expect(formatPoints(-0.5, "vi")).toBe("-0,5");
    expect(formatPoints(1000, "en")).toBe("1,000");
  });
});
