import { describe, expect, test } from "vitest";
import { complianceSummaryView } from "../../../src/bot/features/reports/compliance-summary-view.js";
import { confirmObligationView } from "../../../src/bot/features/reports/confirm-obligation-view.js";
import { obligationChangedView } from "../../../src/bot/features/reports/obligation-changed-view.js";
import { obligationView } from "../../../src/bot/features/reports/obligation-view.js";
import { periodStatusView } from "../../../src/bot/features/reports/period-status-view.js";
import { receiptView } from "../../../src/bot/features/reports/receipt-view.js";
import { recurrenceView } from "../../../src/bot/features/reports/recurrence-view.js";
import { reportsActionEncoders } from "../../../src/bot/features/reports/reports-action-encoders.js";
import { reportsOverviewView } from "../../../src/bot/features/reports/reports-overview-view.js";
import { unitPickerView } from "../../../src/bot/features/reports/unit-picker-view.js";
import { unitReportsView } from "../../../src/bot/features/reports/unit-reports-view.js";
import { complianceChartSvg } from "../../../src/documents/build-compliance-chart.js";
import { parseReminderDays } from "../../../src/domain/reports/parse-obligation-input.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const timeZone = "Asia/Ho_Chi_Minh";
const obligationId = "ckobligation00000000001";
const periodId = "ckperiod000000000000001";
const units = [
  { id: "ckunit00000000000000sdl", name: "Sở Du lịch", shortName: null },
  { id: "ckunit00000000000000syt", name: "Sở Y tế", shortName: "SYT" },
];
const january = { key: "reports.period_month", params: { month: "01", year: 2026 } };
const rule = { key: "reports.due_rule_monthly", params: { day: 20 } };
type Keyboard = { reply_markup: { inline_keyboard: { text: string; callback_data?: string }[][] } } | undefined;
const buttons = (keyboard: Keyboard) =>
  (keyboard?.reply_markup.inline_keyboard ?? []).map((row) => row.map((b) => [b.text, b.callback_data]));

function expectClean(text: string) {
  expect(text).not.toContain("{{");
  expect(text).not.toMatch(/\b(reports|compliance|schedule)\.[a-z_]+/);
}

describe("the leader's reports views", () => {
  test("the overview: a line per obligation, a button per obligation, new and the compliance workbook", () => {
    const view = reportsOverviewView(t, {
      rows: [
        {
          obligation: { id: obligationId, name: "Báo cáo tháng", active: true },
          rule,
          owing: 7,
          overdue: [],
          current: { label: january, dueDate: "2026-01-20", submitted: 3 },
          nextDueDate: null,
        },
      ],
      year: "2026",
    });
    expectClean(view.text);
    expect(view.text).toContain("Chế độ báo cáo của Khối (1 loại báo cáo)");
    expect(view.text).toContain("hạn 20/01/2026: 3/7 đơn vị đã nộp");
    expect(buttons(view.keyboard)).toEqual([
      [["📊 Báo cáo tháng", `rv:${obligationId}`]],
      [["➕ Thêm báo cáo", "rn"]],
      [["📈 Tình hình chấp hành (Excel)", "rx:2026"]],
    ]);
  });

  test("an obligation: escalation rules read as rules, not as the escalation message (defect)", () => {
    const view = obligationView(t, {
      row: {
        obligation: { id: obligationId, name: "Báo cáo tháng", active: true },
        settings: {
          reminders: [3, 1, 0],
          reminderTime: "08:00",
          escalations: [
            { workingDays: 1, to: "signatory" },
            { workingDays: 3, to: "leader_unit" },
          ],
          shift: "previous",
          cutoffDay: 14,
        },
        rule,
        owing: 7,
        past: 0,
      },
      periods: [],
    });
    expectClean(view.text);
    expect(view.text).toContain(
      "Quá hạn: sau 1 ngày làm việc báo lãnh đạo đơn vị; sau 3 ngày làm việc báo đơn vị Khối trưởng",
    );
    expect(view.text).not.toContain("chưa nộp");
    expect(view.text).toContain("3 ngày, 1 ngày, 0 ngày");
    const rows = buttons(view.keyboard);
    expect(rows[0]).toEqual([["🗓 Sửa hạn nộp", `re:${obligationId}:due`]]);
    expect(rows.at(-2)).toEqual([
      ["📅 Hạn rơi vào ngày nghỉ: chuyển thành «dời sang ngày làm việc sau»", `rh:${obligationId}`],
    ]);
    expect(rows.at(-1)).toEqual([["⏸ Tạm dừng", `rt:${obligationId}`]]);
  });

  test("the new obligation's check shows the escalations it will get from its settings", () => {
    const view = confirmObligationView(t, {
      name: "Báo cáo chuyên đề",
      rule,
      units: 3,
      reminders: [5, 2, 0],
      escalations: [{ workingDays: 2, to: "leader_unit" }],
      upcoming: ["2026-05-15"],
    });
    expectClean(view.text);
    expect(view.text).toContain("Quá hạn: sau 2 ngày làm việc báo đơn vị Khối trưởng");
    expect(view.text).toContain("15/05/2026");
    expect(buttons(view.keyboard)).toEqual([[["✅ Tạo báo cáo", "rc"]], [["Huỷ", "fc"]]]);
    const bare = confirmObligationView(t, { name: "X", rule, units: 1, reminders: [0], escalations: [], upcoming: [] });
    expect(bare.text).toContain("Quá hạn: không báo quá hạn");
  });

  test("the wizard's pickers: recurrences, and units ticked or all", () => {
    expect(buttons(recurrenceView(t).keyboard)[0]).toEqual([["Hằng tháng", "rr:monthly"]]);
    const picker = unitPickerView(t, { units, selected: [units[1]!.id] });
    expect(buttons(picker.keyboard)).toEqual([
      [["Tất cả đơn vị", "ra"]],
      [[`⬜ Sở Du lịch`, `ru:${units[0]!.id}`]],
      [[`☑️ SYT`, `ru:${units[1]!.id}`]],
      [["Xong", "rd"]],
      [["Huỷ", "fc"]],
    ]);
    expect(buttons(unitPickerView(t, { units, selected: null }).keyboard)[0]).toEqual([["✅ Tất cả đơn vị", "ra"]]);
    const changed = obligationChangedView(t, { obligationId, name: "Báo cáo tháng", periods: 2 });
    expect(changed.text).toBe("✅ Đã cập nhật «Báo cáo tháng»; 2 kỳ sắp tới theo thiết lập mới.");
    expect(buttons(changed.keyboard)).toEqual([[["⬅️ Xem báo cáo", `rv:${obligationId}`]]]);
  });

  test("a period's status: one line per owing unit", () => {
    const view = periodStatusView(t, {
      status: {
        obligationName: "Báo cáo tháng",
        label: january,
        dueDate: "2026-01-20",
        rows: [{ unitName: "SYT", status: "missing", submission: null }],
      },
      timeZone,
    });
    expectClean(view.text);
    expect(view.text).toContain("(hạn 20/01/2026)");
    expect(view.text).toContain("❌ SYT: chưa nộp, đã quá hạn");
  });

  test("compliance: rates per unit, who is missing, the Excel button", () => {
    const view = complianceSummaryView(t, {
      report: {
        blocName: "Khối 4",
        year: 2026,
        units,
        rates: [
          { unitId: units[0]!.id, due: 2, onTime: 1, late: 1, missing: 0, rate: 0.5 },
          { unitId: units[1]!.id, due: 0, onTime: 0, late: 0, missing: 0, rate: null },
        ],
        obligations: [
          {
            id: obligationId,
            name: "Báo cáo tháng",
            periods: [
              {
                periodKey: "2026-01",
                label: "Tháng 01/2026",
                dueDate: "2026-01-20",
                cells: { [units[0]!.id]: { status: "missing", lateDays: 0, submittedAt: null, receiptNo: null } },
              },
            ],
          },
        ],
      },
    });
    expectClean(view.text);
    expect(view.text).toContain("• Sở Du lịch: 50% (1/2 đúng hạn, 1 trễ, 0 chưa nộp)");
    expect(view.text).toContain("• SYT: chưa có kỳ đến hạn");
    expect(view.text).toContain("❌ Báo cáo tháng — Tháng 01/2026: chưa nộp: Sở Du lịch");
    expect(buttons(view.keyboard)).toEqual([[["📥 Tải bảng Excel", "rx:2026"]]]);
  });
});

describe("compliance as the leader reads it", () => {
  const six = ["a", "b", "c", "d", "e", "f"].map((c) => ({
    id: `ckunit00000000000000${c}${c}${c}`,
    name: `Sở ${c.toUpperCase()}`,
    shortName: null,
  }));
  const cell = (status: "on_time" | "late" | "missing" | "pending") => ({
    status,
    lateDays: status === "late" ? 1 : 0,
    submittedAt: null,
    receiptNo: null,
  });
  const cells = (...statuses: ("on_time" | "late" | "missing" | "pending")[]) =>
    Object.fromEntries(six.map((unit, i) => [unit.id, cell(statuses[i]!)]));
  const report = {
    blocName: "Khối 4",
    year: 2026,
    units: six,
    rates: [{ unitId: six[0]!.id, due: 8, onTime: 7, late: 1, missing: 0, rate: 7 / 8 }],
    obligations: [
      {
        id: obligationId,
        name: "Báo cáo tháng",
        periods: [
          {
            periodKey: "2026-10",
            label: "Tháng 10/2026",
            dueDate: "2026-10-20",
            cells: cells("on_time", "on_time", "on_time", "on_time", "late", "on_time"),
          },
          {
            periodKey: "2026-11",
            label: "Tháng 11/2026",
            dueDate: "2026-11-20",
            cells: cells("on_time", "on_time", "late", "on_time", "missing", "missing"),
          },
          {
            periodKey: "2026-12",
            label: "Tháng 12/2026",
            dueDate: "2026-12-18",
            cells: cells("on_time", "on_time", "pending", "pending", "pending", "pending"),
          },
        ],
      },
    ],
  };

  test("a period 2 of 6 units have sent is not complete; the due November report names its missing units", () => {
    const view = complianceSummaryView(t, { report });
    expectClean(view.text);
    expect(view.text).not.toContain("đủ các đơn vị");
    expect(view.text).toContain("❌ Báo cáo tháng — Tháng 11/2026: chưa nộp: Sở E, Sở F");
    expect(view.text).toContain("⏳ Báo cáo tháng — Tháng 12/2026: chưa đến hạn (18/12/2026), 2/6 đơn vị đã nộp");
    expect(view.text).not.toContain("Tháng 10/2026");
  });

  test("a complete latest due period says so; a rate is rounded as on the chart", () => {
    const settled = {
      ...report,
      obligations: [{ ...report.obligations[0]!, periods: report.obligations[0]!.periods.slice(0, 1) }],
    };
    const view = complianceSummaryView(t, { report: settled });
    expect(view.text).toContain("✅ Báo cáo tháng — Tháng 10/2026: đủ các đơn vị");
    expect(view.text).toContain("• Sở A: 87,5% (7/8 đúng hạn, 1 trễ, 0 chưa nộp)");
    expect(complianceChartSvg({ ...settled, province: "Kiên Giang", timeZone, generatedAt: new Date() }, t)).toContain(
      "87,5%",
    );
  });
});

describe("a unit's reports views", () => {
  test("open periods with a send button each; none says so", () => {
    const none = unitReportsView(t, { unitName: "SYT", periods: [], timeZone });
    expect(none.text).toBe("SYT hiện không có kỳ báo cáo nào đang mở.");
    expect(none.keyboard).toBeUndefined();
    const view = unitReportsView(t, {
      unitName: "SYT",
      periods: [
        {
          periodId,
          obligationName: "Báo cáo tháng",
          label: january,
          dueDate: "2026-01-20",
          overdue: false,
          current: null,
        },
      ],
      timeZone,
    });
    expectClean(view.text);
    expect(view.text).toContain("Báo cáo SYT cần nộp");
    expect(buttons(view.keyboard)).toEqual([[["📤 Nộp: Báo cáo tháng — Tháng 01/2026", `rs:${periodId}`]]]);
  });

  test("the receipt: number, time in the zone, late days, and what it replaces", () => {
    const view = receiptView(t, {
      receipt: {
        receiptNo: "KG-KTT4-2026-0001",
        obligationName: "Báo cáo tháng",
        period: january,
        unitName: "SYT",
        submittedAt: new Date("2026-01-22T03:00:00Z"),
        dueDate: "2026-01-20",
        lateDays: 2,
        replaced: "KG-KTT4-2026-0000",
      },
      timeZone,
    });
    expectClean(view.text);
    expect(view.text).toContain("Số biên nhận: KG-KTT4-2026-0001");
    expect(view.text).toContain("22/01/2026 10:00");
    expect(view.text).toContain("Tình trạng: trễ 2 ngày làm việc");
    expect(view.text).toContain("KG-KTT4-2026-0000");
  });

  test("the queued 'Nộp báo cáo' button becomes this feature's callback data", () => {
    expect(reportsActionEncoders["reports.submit"]({ type: "reports.submit", periodId })).toBe(`rs:${periodId}`);
  });
});

describe("reminder days, in the one offset grammar", () => {
  test("plain numbers are working days; days may be spelled; the due date alone is 0", () => {
    expect(parseReminderDays("3, 1, 0")).toEqual([3, 1, 0]);
    expect(parseReminderDays("1 ngày, 5 ngày")).toEqual([5, 1]);
    expect(parseReminderDays("0")).toEqual([0]);
  });

  test("hours, more than 30 days and nonsense are refused", () => {
    for (const text of ["2h", "31", "abc", ""]) expect(() => parseReminderDays(text)).toThrow();
  });
});
