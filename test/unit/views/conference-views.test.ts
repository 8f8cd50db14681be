import { describe, expect, test } from "vitest";
import { answerHistoryView } from "../../../src/bot/features/conference/answer-history-view.js";
import { answerSummaryView } from "../../../src/bot/features/conference/answer-summary-view.js";
import { chunkLines } from "../../../src/bot/features/conference/conference-lines.js";
import {
  conferenceOverviewView,
  type ConferenceOverviewData,
} from "../../../src/bot/features/conference/conference-overview-view.js";
import { conferencePreviewView } from "../../../src/bot/features/conference/conference-preview-view.js";
import { conferencePromptView, optionalStepView } from "../../../src/bot/features/conference/conference-prompt-view.js";
import { markListView } from "../../../src/bot/features/conference/mark-list-view.js";
import type { ConferenceOverview, ConferenceUnitRow } from "../../../src/domain/conference/get-conference-overview.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const timeZone = "Asia/Ho_Chi_Minh";
const conferenceId = "cconf00000000000000001";
const startsAt = new Date("2018-03-20T01:00:00Z"); // 08:00 in Vietnam

type Keyboard = { reply_markup: { inline_keyboard: { text: string; callback_data: string }[][] } } | undefined;
const buttons = (keyboard: unknown) => ((keyboard as Keyboard)?.reply_markup.inline_keyboard ?? []).flat();
const labels = (keyboard: unknown) => buttons(keyboard).map((b) => b.text);
const data = (keyboard: unknown) => buttons(keyboard).map((b) => b.callback_data);

function expectClean(view: { text: string; keyboard?: unknown }) {
  for (const text of [view.text, ...labels(view.keyboard)]) {
    expect(text).not.toContain("{{");
    expect(text).not.toMatch(/\b(conference|attendees|schedule|common)\.[a-z_]+/);
  }
}

const row = (unitId: string, unitName: string, answer: ConferenceUnitRow["answer"]): ConferenceUnitRow => ({
  unitId,
  unitName,
  shortName: null,
  answer,
  attendees: answer === "attending" ? [{ name: "Nguyễn Văn An", title: "Phó Giám đốc" }] : [],
  reason: answer === "absent" ? "Trùng lịch" : null,
  answeredByName: answer === "none" ? null : "Ký Test",
  answeredAt: answer === "none" ? null : new Date("2018-03-11T02:00:00Z"),
  answers: answer === "none" ? 0 : 1,
  checkedInAt: null,
  checkedInByName: null,
  markedByLeader: false,
});
const unitA = "cunit000000000000000001";
const unitB = "cunit000000000000000002";

function overview(minutes = false): ConferenceOverview {
  return {
    conference: {
      id: conferenceId,
      blocId: "cbloc0000000000000000001",
      title: "Hội nghị ký kết giao ước",
      startsAt,
      venue: "Hội trường",
      agenda: "",
      chair: "",
      state: "scheduled",
      revision: 1,
      rsvpReminders: "[4320]",
      attendeeReminders: "[1440,120]",
      minutesFileId: minutes ? "FILE" : null,
      minutesFileName: minutes ? "bien-ban.pdf" : null,
      minutesAt: minutes ? new Date("2018-03-20T04:00:00Z") : null,
      createdById: "cperson000000000000001",
      cancelReason: null,
      createdAt: new Date("2018-03-10T02:00:00Z"),
      updatedAt: new Date("2018-03-10T02:00:00Z"),
    },
    rows: [row(unitA, "Sở Văn hóa và Thể thao", "attending"), row(unitB, "Ban Dân tộc", "absent")],
    counts: { units: 2, answered: 2, attendingUnits: 1, attendees: 1, checkedIn: 0 },
  };
}

const base = (over: Partial<ConferenceOverviewData>): ConferenceOverviewData => ({
  overview: overview(),
  unitId: unitA,
  manage: false,
  now: new Date("2018-03-11T02:00:00Z"),
  timeZone,
  ...over,
});

describe("conference views", () => {
  test("a unit member sees their own unit and the three answer buttons, with the invitation's callback data", () => {
    const view = conferenceOverviewView(t, base({ unitId: unitB }));
    expectClean(view);
    expect(view.text).toContain("Đơn vị của bạn:\n🚫 Ban Dân tộc – không tham dự. Lý do: Trùng lịch");
    expect(view.text).not.toContain("Sở Văn hóa");
    expect(labels(view.keyboard)).toEqual(["✅ Tham dự", "🚫 Không tham dự", "👤 Cử người dự thay"]);
    expect(data(view.keyboard)).toEqual([
      `hr:${conferenceId}:attending`,
      `hr:${conferenceId}:absent`,
      `hr:${conferenceId}:deputy`,
    ]);
  });

  test("the leader sees every unit and the tools; the reminder buttons describe the schedules", () => {
    const view = conferenceOverviewView(t, base({ manage: true }));
    expectClean(view);
    expect(view.text).toContain("✅ Sở Văn hóa và Thể thao – tham dự:\n    • Nguyễn Văn An – Phó Giám đốc");
    expect(view.text).toContain("Các nút ✅ / 🚫 / 👤 dưới đây là câu trả lời của Sở Văn hóa và Thể thao.");
    expect(labels(view.keyboard)).toContain("🔔 Nhắc đơn vị tham dự: 1 ngày, 2 giờ");
    expect(data(view.keyboard)).toContain(`hk:${conferenceId}`);
    expect(data(view.keyboard)).not.toContain(`hm:${conferenceId}`);
  });

  test("on the day an attending unit may check in and the leader may mark; after it, minutes replace the plan tools", () => {
    const day = conferenceOverviewView(t, base({ manage: true, now: new Date("2018-03-20T00:00:00Z") }));
    expect(data(day.keyboard)).toContain(`hi:${conferenceId}`);
    expect(data(day.keyboard)).toContain(`hm:${conferenceId}`);
    const after = conferenceOverviewView(
      t,
      base({ overview: overview(true), manage: true, now: new Date("2018-03-20T05:00:00Z") }),
    );
    expectClean(after);
    expect(after.text).toMatch(/^📅 Hội nghị ký kết giao ước \(đã diễn ra\)/);
    expect(after.text).toContain("📎 Biên bản: bien-ban.pdf (gửi lúc 20/03/2018 11:00)");
    expect(data(after.keyboard)).toEqual(expect.arrayContaining([`hg:${conferenceId}`, `hb:${conferenceId}`, "hw"]));
    expect(data(after.keyboard)).not.toContain(`hk:${conferenceId}`);
    expect(data(after.keyboard).some((d) => d.startsWith("hr:"))).toBe(false);
  });

  test("the board sees no answer buttons", () => {
    const view = conferenceOverviewView(t, base({ unitId: null }));
    expect(view.keyboard).toBeUndefined();
  });

  test("prompts: a question with Huỷ; the agenda with Bỏ qua", () => {
    const prompt = conferencePromptView(t, t("conference.ask_time", { example: "10/12/2026 08:00" }));
    expectClean(prompt);
    expect(prompt.text).toContain("ví dụ: 10/12/2026 08:00.");
    expect(data(prompt.keyboard)).toEqual(["fc"]);
    const agenda = optionalStepView(t, "agenda");
    expectClean(agenda);
    expect(labels(agenda.keyboard)).toEqual(["Bỏ qua", "Huỷ"]);
    expect(data(agenda.keyboard)).toEqual(["hs:agenda", "fc"]);
  });

  test("the preview counts the recipients and sends with hc", () => {
    const view = conferencePreviewView(t, {
      title: "Hội nghị",
      plan: { startsAt, venue: "Hội trường", agenda: "", chair: "" },
      people: "11 người",
      units: 7,
      timeZone,
    });
    expectClean(view);
    expect(view.text).toContain("🕒 Thời gian: 20/03/2018 08:00");
    expect(view.text).toContain("gửi tới 11 người: thành viên của 7 đơn vị");
    expect(data(view.keyboard)).toEqual(["hf:title", "hf:time", "hf:venue", "hf:agenda", "hf:chair", "hc", "fc"]);
  });

  test("the mark list names each unit with its answer", () => {
    const view = markListView(t, { conferenceId, title: "Hội nghị", rows: overview().rows, timeZone });
    expectClean(view);
    expect(labels(view.keyboard)).toEqual(["Sở Văn hóa và Thể thao (tham dự)", "Ban Dân tộc (báo vắng)"]);
    expect(data(view.keyboard)).toEqual([`hu:${conferenceId}:${unitA}`, `hu:${conferenceId}:${unitB}`]);
  });

  test("the answer summary says which earlier answer it replaces; the history lists every answer", () => {
    const summary = answerSummaryView(t, {
      unit: "Sở Y tế",
      title: "Hội nghị",
      time: "20/03/2018 08:00",
      answer: "attending",
      attendees: [{ name: "Đặng Văn Giang", title: "Giám đốc" }],
      reason: null,
      previousAnswer: "absent",
    });
    expectClean(summary);
    expect(summary.text).toContain("• Đặng Văn Giang – Giám đốc");
    expect(summary.text).toContain("(Câu trả lời này thay cho câu trả lời trước của đơn vị: Không tham dự.)");
    const history = answerHistoryView(t, {
      title: "Hội nghị",
      answers: [
        {
          unitName: "Sở Y tế",
          personName: "LL SYT",
          answer: "absent",
          attendees: [],
          reason: "Bận",
          at: new Date("2018-03-17T01:05:00Z"),
        },
      ],
      timeZone,
    });
    expectClean(history);
    expect(history.text).toContain("17/03/2018 08:05 · Sở Y tế · LL SYT: Không tham dự: Bận");
    expect(answerHistoryView(t, { title: "Hội nghị", answers: [], timeZone }).text).toContain(
      "Chưa có đơn vị nào trả lời.",
    );
  });

  test("long tables are split between lines", () => {
    expect(chunkLines(["a".repeat(6), "b".repeat(6)], 10)).toEqual(["a".repeat(6), "b".repeat(6)]);
    expect(chunkLines(["ab", "cd"], 10)).toEqual(["ab\ncd"]);
  });
});
