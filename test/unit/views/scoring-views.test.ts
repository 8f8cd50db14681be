import { describe, expect, test } from "vitest";
import { parseLeafInput, splitValueAndReason } from "../../../src/bot/features/scoring/parse-leaf-input.js";
import { reviewSheetView, reviewStatusView } from "../../../src/bot/features/scoring/review-views.js";
import { acceptSheet, adjustLeaf, chooseLeaf } from "../../../src/bot/features/scoring/scoring-callbacks.js";
import { leafPromptView, sheetView } from "../../../src/bot/features/scoring/sheet-view.js";
import type { SheetNodeOverview, SheetOverview } from "../../../src/domain/scoring/sheets/get-sheet-overview.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const sheetId = "cmx7iemna001azz7da8zjpboh";
const node = (over: Partial<SheetNodeOverview>): SheetNodeOverview => ({
  id: over.path ?? "x",
  parentId: null,
  path: "I",
  title: "Mục",
  kind: "direct",
  maxPoints: 10,
  bound: false,
  self: null,
  review: null,
  reviewReason: null,
  final: null,
  evidence: 0,
  explanation: null,
  ...over,
});
const sheet = (state: SheetOverview["state"], nodes: SheetNodeOverview[]): SheetOverview => ({
  sheetId,
  unitName: "Sở Y tế",
  state,
  year: 2026,
  deadline: new Date("2026-12-15T10:00:00Z"),
  explanationDeadline: null,
  nodes,
});
const labels = (view: { keyboard: { reply_markup: { inline_keyboard: { text: string }[][] } } }) =>
  view.keyboard.reply_markup.inline_keyboard.flat().map((b) => b.text);

describe("parseLeafInput", () => {
  test("reads each kind's short answer; anything else is not understood", () => {
    expect(parseLeafInput("direct", false, "7,5")).toEqual({ assigned: true, points: 7.5 });
    expect(parseLeafInput("pass_fail", false, "Đạt")).toEqual({ assigned: true, passed: true });
    expect(parseLeafInput("pass_fail", false, "không")).toEqual({ assigned: true, passed: false });
    expect(parseLeafInput("per_occurrence", false, "3")).toEqual({ assigned: true, count: 3 });
    expect(parseLeafInput("target", false, "95 / 100")).toEqual({ assigned: true, result: 95, target: 100 });
    expect(parseLeafInput("pass_fail", true, "4")).toEqual({ assigned: true, points: 4 });
    expect(parseLeafInput("direct", false, "không giao")).toEqual({ assigned: false });
    expect(parseLeafInput("direct", false, "tám")).toBeNull();
    expect(parseLeafInput("target", false, "95")).toBeNull();
  });

  test("splits the reviewer's figure from the reason", () => {
    expect(splitValueAndReason("6 Thiếu minh chứng")).toEqual({ value: "6", reason: "Thiếu minh chứng" });
    expect(splitValueAndReason("không đạt; Sai hạn")).toEqual({ value: "không đạt", reason: "Sai hạn" });
    expect(splitValueAndReason("6")).toEqual({ value: "6", reason: "" });
  });
});

describe("sheet views", () => {
  const nodes = [
    node({ path: "II", kind: "section", id: "s" }),
    node({ path: "II.1", parentId: "s", self: { assigned: true, points: 8 }, evidence: 1 }),
    node({ path: "II.3", parentId: "s", bound: true, self: { assigned: true, points: 3.5 } }),
  ];

  test("a draft section lists its leaves, offers the unbound ones for a figure, and the signatory's submit stays at the top", () => {
    const view = sheetView(t, { sheet: sheet("draft", nodes), parentId: "s", canSubmit: true });
    expect(view.text).toContain("II.1. Mục (10): 8 📎1");
    expect(view.text).toContain("II.3. Mục (10): 3.5 🔒");
    // The computed leaf is not offered for a figure, only for an explanation.
    expect(labels(view)).toEqual(["✏️ II.1", "📎 II.1 (1)", "💬 Giải trình II.3"]);
    // The Excel round trip comes first on the draft's top screen.
    expect(labels(sheetView(t, { sheet: sheet("draft", nodes), parentId: null, canSubmit: true }))).toEqual([
      "📥 Bảng điểm Excel",
      "📤 Gửi lại bảng điểm",
      "📂 II. Mục",
      "📤 Nộp phiếu",
    ]);
    expect(chooseLeaf.pack({ sheetId, path: "II.1" }).length).toBeLessThanOrEqual(64);
  });

  test("a reviewed sheet offers an explanation per adjusted leaf", () => {
    const adjusted = nodes.map((n) =>
      n.path === "II.1" ? { ...n, review: { assigned: true, points: 6 }, reviewReason: "Thiếu" } : n,
    );
    const view = sheetView(t, { sheet: sheet("reviewed", adjusted), parentId: null, canSubmit: true });
    expect(view.text).toContain("✏️ II.1 điều chỉnh thành 6: Thiếu");
    expect(labels(view)).toEqual(["📂 II. Mục", "💬 Giải trình II.1"]);
  });

  test("the prompt follows the leaf's kind", () => {
    expect(leafPromptView(t, node({ path: "I.1", kind: "target", maxPoints: 30 }), "fill").text).toContain("95/100");
    expect(leafPromptView(t, node({ path: "I.1" }), "adjust").text).toContain("lý do");
  });
});

describe("review views", () => {
  test("the status lists every unit, marks the late ones, and offers the sheets waiting for review", () => {
    const view = reviewStatusView(t, {
      year: 2026,
      deadline: "15/12/2026 17:00",
      rows: [
        {
          sheetId,
          unitId: "u1",
          unitName: "Sở Y tế",
          state: "submitted",
          submittedAt: null,
          adjusted: 0,
          explained: 0,
          extendedUntil: null,
          late: false,
        },
        {
          sheetId,
          unitId: "u2",
          unitName: "Ban Dân tộc",
          state: "draft",
          submittedAt: null,
          adjusted: 0,
          explained: 0,
          extendedUntil: "20/12/2026 17:00",
          late: true,
        },
      ],
      counts: { byState: { submitted: 1, draft: 1 }, late: 1, total: 2 },
    });
    expect(view.text).toBe(
      "Tổng kết năm 2026, hạn nộp phiếu 15/12/2026 17:00:\nĐã nộp 1/2 phiếu · đã chốt 0 · trễ hạn 1\n• Sở Y tế: đã nộp, chờ thẩm định\n⏰ Ban Dân tộc: đang chấm (trễ hạn) (gia hạn đến 20/12/2026 17:00)",
    );
    expect(labels(view)).toEqual(["🔎 Sở Y tế", "⏳ Gia hạn Ban Dân tộc", "📊 Kết quả, xếp hạng"]);
  });

  test("a submitted sheet offers an adjustment per leaf and accepting the rest", () => {
    const view = reviewSheetView(
      t,
      sheet("submitted", [node({ path: "II.1", self: { assigned: true, passed: true } })]),
    );
    expect(view.text).toContain("II.1 (10): đạt");
    expect(labels(view)).toEqual(["✏️ Điều chỉnh II.1", "✅ Chấp nhận phần còn lại"]);
    expect(adjustLeaf.unpack(adjustLeaf.pack({ sheetId, path: "II.1" }))).toEqual({ sheetId, path: "II.1" });
    expect(acceptSheet.unpack("kk:not an id")).toBeNull();
  });
});
