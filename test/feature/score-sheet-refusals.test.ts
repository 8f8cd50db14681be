import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { readRefusal } from "../support/read-refusal.js";
import { openRoundWithPeople, person, sheetBot, type Person } from "../support/score-sheet-bot.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Bad input on the score sheet in the chat (issue 13, item 7): each gets its own localized answer and the database
// is exactly as it was: a figure over the maximum or negative, another unit's sheet, a stale button (of a sheet
// already submitted, of a round that no longer exists), a submission after the deadline.
let t: TestDb;
let h: ApiHarness;
let bot: ReturnType<typeof sheetBot>;
let now = new Date("2026-12-01T03:00:00Z");
const leader = person(953_001, "Trưởng khối");
const sytSignatory = person(953_002, "Ký SYT");
const sytLiaison = person(953_003, "LL SYT");
const sgdSignatory = person(953_004, "Ký SGD");

const unchangedBy = async (act: () => Promise<unknown>) => {
  const before = await snapshotTables(t.db, { ignore: ["HandledUpdate"] });
  await act();
  expect(await snapshotTables(t.db, { ignore: ["HandledUpdate"] })).toEqual(before);
};
// A press of the latest button with this label, refused: its toast.
const refusedPress = async (user: Person, label: string, presser: Person = user) => {
  const { message, button } = bot.findButton(user, label);
  let toast = "";
  await unchangedBy(async () => {
    // Another person's press comes from their own chat (a forwarded or copied button).
    const on = presser === user ? { chatId: user.id, messageId: message.messageId } : undefined;
    toast = await readRefusal(h.api, presser, () => h.press(presser, button.callback_data, on));
  });
  return toast;
};

beforeAll(async () => {
  t = await createTestDb();
  h = await createApiHarness({ db: t.db, now: () => now });
  bot = sheetBot(h);
  await openRoundWithPeople(t, h, now, { SVHTT: [leader], SYT: [sytSignatory, sytLiaison], SGDDT: [sgdSignatory] });
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("bad input on the score sheet writes nothing", () => {
  test("a figure over the maximum, or negative, is refused with the leaf's bounds", async () => {
    await h.text(sytLiaison, "/sheet");
    await bot.press(sytLiaison, /^📂 II\. /);
    await bot.press(sytLiaison, "✏️ II.1");
    await unchangedBy(() => h.text(sytLiaison, "11"));
    expect(h.lastTo(sytLiaison.id)).toBe("Mục II.1: vượt điểm tối đa (10 điểm).");
    await unchangedBy(() => h.text(sytLiaison, "-1"));
    expect(h.lastTo(sytLiaison.id)).toBe("Mục II.1: không được nhập số âm (từ 0 đến 10 điểm).");
    await unchangedBy(() => h.text(sytLiaison, "tám"));
    expect(h.lastTo(sytLiaison.id)).toBe("Chưa hiểu. Vui lòng trả lời dạng số điểm (ví dụ 8 hoặc 7,5), hoặc /cancel.");
  });

  test("another unit's sheet: its buttons tell a member of another unit whose sheet it is", async () => {
    expect(await refusedPress(sytLiaison, "✏️ II.2", sgdSignatory)).toBe(
      "Đây là phiếu của Sở Y tế; chỉ thành viên đơn vị đó được chấm.",
    );
    await h.text(sytLiaison, "/sheet");
    expect(await refusedPress(sytLiaison, "📥 Bảng điểm Excel", sgdSignatory)).toBe(
      "Đây là phiếu của Sở Y tế; chỉ thành viên đơn vị đó được chấm.",
    );
  });

  test("buttons of a sheet already submitted are stale", async () => {
    await bot.press(sytLiaison, /^📂 II\. /);
    await bot.press(sytLiaison, "✏️ II.1");
    await h.text(sytLiaison, "8");
    await h.text(sytSignatory, "/sheet");
    await bot.press(sytSignatory, "📤 Nộp phiếu");
    expect(await refusedPress(sytLiaison, "✏️ II.2")).toBe(
      "Nút này đã cũ hoặc không còn hiệu lực. Vui lòng dùng lại lệnh tương ứng.",
    );
    expect(await refusedPress(sytSignatory, "📤 Nộp phiếu")).toBe(
      "Phiếu của Sở Y tế đã chuyển sang bước khác từ khi nút này được gửi. Mở lại /sheet hoặc /review.",
    );
    expect(await refusedPress(sytSignatory, "📤 Gửi lại bảng điểm")).toContain("đã chuyển sang bước khác");
  });

  test("after the deadline nothing is saved or submitted", async () => {
    now = new Date("2026-12-15T10:00:01Z");
    await h.text(sgdSignatory, "/sheet");
    await bot.press(sgdSignatory, /^📂 II\. /);
    await bot.press(sgdSignatory, "✏️ II.1");
    await unchangedBy(() => h.text(sgdSignatory, "7"));
    expect(h.lastTo(sgdSignatory.id)).toBe("Đã quá hạn nộp phiếu; không có gì được lưu.");
    expect(await refusedPress(sgdSignatory, "📤 Nộp phiếu")).toBe("Đã quá hạn nộp phiếu; không có gì được lưu.");
  });

  test("buttons of a round that no longer exists say so", async () => {
    now = new Date("2026-12-02T03:00:00Z");
    await t.db.reviewRound.deleteMany();
    expect(await refusedPress(sgdSignatory, "✏️ II.1")).toBe("Không tìm thấy phiếu chấm điểm này trong khối.");
    expect(await refusedPress(sgdSignatory, "📥 Bảng điểm Excel")).toContain("Phiếu chấm điểm này không còn");
  });
});
