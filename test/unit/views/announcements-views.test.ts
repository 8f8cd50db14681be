import { describe, expect, test } from "vitest";
import { ackDoneView } from "../../../src/bot/features/announcements/ack-done-view.js";
import {
  announcementAcksView,
  type AnnouncementAcks,
} from "../../../src/bot/features/announcements/announcement-acks-view.js";
import {
  announcementListView,
  type AnnouncementListItem,
} from "../../../src/bot/features/announcements/announcement-list-view.js";
import { announcementsActionEncoders } from "../../../src/bot/features/announcements/announcements-action-encoders.js";
import { askAttachView } from "../../../src/bot/features/announcements/ask-attach-view.js";
import { audienceView } from "../../../src/bot/features/announcements/audience-view.js";
import { confirmView } from "../../../src/bot/features/announcements/confirm-view.js";
import { previewMessageView } from "../../../src/bot/features/announcements/preview-message-view.js";
import { unitsView } from "../../../src/bot/features/announcements/units-view.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const timeZone = "Asia/Ho_Chi_Minh";
const id = "ckannouncement000000001";
const units = [
  { id: "ckunit00000000000000sdl", name: "Sở Du lịch", shortName: null },
  { id: "ckunit00000000000000syt", name: "Sở Y tế", shortName: "SYT" },
];
type Keyboard = { reply_markup: { inline_keyboard: { text: string; callback_data?: string }[][] } } | undefined;
const buttons = (keyboard: Keyboard) =>
  (keyboard?.reply_markup.inline_keyboard ?? []).map((row) => row.map((b) => [b.text, b.callback_data]));

function expectClean(text: string) {
  expect(text).not.toContain("{{");
  expect(text).not.toMatch(/\bannounce\.[a-z_]+/);
}

describe("the /announce wizard's views", () => {
  test("after the text: its length, 'Không đính kèm' and the shared 'Huỷ'", () => {
    const view = askAttachView(t, { length: 42 });
    expect(view.text).toContain("Đã nhận nội dung (42 ký tự)");
    expect(buttons(view.keyboard)).toEqual([[["Không đính kèm", "af"]], [["Huỷ", "fc"]]]);
  });

  test("audiences: the group only when one is linked", () => {
    expect(buttons(audienceView(t, { group: null }).keyboard)).toEqual([
      [["Tất cả thành viên", "aa:everyone"]],
      [["Chỉ lãnh đạo đơn vị (người ký)", "aa:signatories"]],
      [["Chỉ chuyên viên phụ trách", "aa:liaisons"]],
      [["Chọn đơn vị…", "aa:units"]],
      [["Huỷ", "fc"]],
    ]);
    const withGroup = audienceView(t, { group: { title: "Khối 4", canPin: true } });
    expect(withGroup.text).toBe("Gửi thông báo này tới ai?");
    expect(buttons(withGroup.keyboard)[4]).toEqual([["Nhóm Telegram của khối (Khối 4)", "aa:group"]]);
  });

  test("units: chosen ones ticked (short name when there is one), 'Xong' counts them", () => {
    const view = unitsView(t, { units, selected: [units[1]!.id] });
    expectClean(view.text);
    expect(buttons(view.keyboard)).toEqual([
      [["Sở Du lịch", `au:${units[0]!.id}`]],
      [["✅ SYT", `au:${units[1]!.id}`]],
      [
        ["Xong (1 đơn vị)", "ad"],
        ["Huỷ", "fc"],
      ],
    ]);
  });

  test("the preview reads as recipients will: the unit as sender, or the board", () => {
    expect(previewMessageView(t, { text: " Họp lúc 8:00 ", authorUnitName: "Sở Y tế" }).text).toBe(
      "📢 Thông báo của Sở Y tế\n\nHọp lúc 8:00",
    );
    expect(previewMessageView(t, { text: "", authorUnitName: null }).text).toBe(
      "📢 Thông báo của Ban Thi đua – Khen thưởng tỉnh",
    );
  });

  test("the summary: chosen units and the count; nobody to send to offers only 'Huỷ'; the group may pin", () => {
    const draft = { text: "x", kind: "text" as const, audience: "units" as const, unitIds: units.map((u) => u.id) };
    const summary = confirmView(t, { draft, units, group: null, recipientCount: 4 });
    expect(summary.text).toContain("Gửi tới: 2 đơn vị: Sở Du lịch, SYT");
    expect(summary.text).toContain("Số người nhận: 4");
    expect(buttons(summary.keyboard)).toEqual([
      [
        ["✏️ Sửa nội dung", "ae:content"],
        ["✏️ Đổi người nhận", "ae:audience"],
      ],
      [["Gửi", "as:0"]],
      [["Huỷ", "fc"]],
    ]);
    const nobody = confirmView(t, { draft, units, group: null, recipientCount: 0 });
    expectClean(nobody.text);
    expect(buttons(nobody.keyboard)).toEqual([[["Huỷ", "fc"]]]);
    const group = confirmView(t, {
      draft: { ...draft, audience: "group", unitIds: [] },
      units,
      group: { title: "Khối 4", canPin: false },
      recipientCount: 1,
    });
    expect(group.text).toContain("nhóm «Khối 4»");
    expect(group.text).toContain("Bot chưa có quyền ghim tin");
    expect(buttons(group.keyboard)).toEqual([
      [
        ["✏️ Sửa nội dung", "ae:content"],
        ["✏️ Đổi người nhận", "ae:audience"],
      ],
      [
        ["Gửi", "as:0"],
        ["Gửi và ghim", "as:1"],
      ],
      [["Huỷ", "fc"]],
    ]);
  });
});

describe("after sending", () => {
  const createdAt = new Date("2026-03-20T01:00:00Z");
  const announcement = {
    id,
    text: "Kính gửi các đơn vị: hội nghị ký kết giao ước thi đua",
    fileId: null,
    audience: "everyone",
    recipientCount: 3,
    state: "sending",
    createdAt,
    followUpAt: null,
    followUpCount: 0,
    ackCount: 1,
  };

  test("the list: one line and one button per announcement; none yet says how to start", () => {
    expectClean(announcementListView(t, { announcements: [], timeZone }).text);
    expect(announcementListView(t, { announcements: [], timeZone }).keyboard).toBeUndefined();
    const view = announcementListView(t, {
      announcements: [announcement as unknown as AnnouncementListItem],
      timeZone,
    });
    expect(view.text).toBe(
      "Các thông báo gần đây:\n1. 20/03/2026 08:00 · «Kính gửi các đơn vị: hội nghị ký kết gi…» · đã nhận 1/3 · đang gửi",
    );
    expect(buttons(view.keyboard)).toEqual([[["1. Kính gửi các đơn vị: hội nghị…", `av:${id}`]]]);
  });

  test("acknowledgements by unit, with the follow-up button while someone waits", () => {
    const line = { unitPosition: 1, ackedAt: null, state: "sent" };
    const view = {
      announcement: { ...announcement, acks: [] },
      lines: [
        { ...line, personId: "p1", name: "An", unitName: "Sở Y tế", ackedAt: new Date("2026-03-20T02:30:00Z") },
        { ...line, personId: "p2", name: "Bình", unitName: "Sở Y tế" },
        { ...line, personId: "p3", name: "Chi", unitName: null, state: "unreachable" },
      ],
      ackedCount: 1,
      recipientCount: 3,
      waitingCount: 1,
    } as unknown as AnnouncementAcks;
    const rendered = announcementAcksView(t, { view, timeZone });
    expectClean(rendered.text);
    expect(rendered.text).toContain("Đã nhận: 1/3");
    expect(rendered.text).toContain("\nSở Y tế\n✅ An – 20/03/2026 09:30\n⏳ Bình");
    expect(rendered.text).toContain("\nBan Thi đua – Khen thưởng tỉnh\n⚠️ Chi (không gửi được)");
    expect(buttons(rendered.keyboard)).toEqual([[["Nhắc 1 người chưa xác nhận", `aq:${id}`]]]);
    const followedUp = announcementAcksView(t, {
      view: { ...view, announcement: { ...view.announcement, followUpAt: createdAt, followUpCount: 1 } },
      timeZone,
    });
    expect(followedUp.text).toContain("Đã nhắc 1 người lúc 20/03/2026 08:00.");
    expect(followedUp.keyboard).toBeUndefined();
  });

  test("'Đã nhận': the answer and the button with the time", () => {
    const view = ackDoneView(t, { announcementId: id, time: "20/03/2026 09:30", already: false });
    expect(view.text).toBe("Đã ghi nhận: bạn đã nhận thông báo này.");
    expect(buttons(view.keyboard)).toEqual([[["✅ Đã nhận lúc 20/03/2026 09:30", `ak:${id}`]]]);
    expect(ackDoneView(t, { announcementId: id, time: "20/03/2026 09:30", already: true }).text).toBe(
      "Bạn đã xác nhận lúc 20/03/2026 09:30.",
    );
  });

  test("queued buttons' actions become this feature's callback data", () => {
    expect(announcementsActionEncoders["announce.ack"]({ type: "announce.ack", announcementId: id })).toBe(`ak:${id}`);
    expect(announcementsActionEncoders["announce.view"]({ type: "announce.view", announcementId: id })).toBe(
      `av:${id}`,
    );
  });
});
