import ExcelJS from "exceljs";
import { readRefusal } from "../support/read-refusal.js";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The 2018 conference of Bloc No. 4 over the fake Bot API. The test process runs under TZ=America/New_York, so
// every instant is written in UTC and every time shown is checked in Vietnam time (UTC+7).
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2018-03-10T02:00:00Z"); // 09:00 on 10/03 in Vietnam
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const units = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"];
const signatory = Object.fromEntries(units.map((code, i) => [code, person(930_000 + i, `Ký ${code}`)]));
const liaison = { SVHTT: person(930_100, "LL SVHTT"), SYT: person(930_101, "LL SYT"), BDT: person(930_102, "LL BDT") };
const board = person(930_200, "Ban TĐKT");
const leader = signatory.SVHTT!;
const everyone = [...units.map((code) => signatory[code]!), ...Object.values(liaison), board];
const membersOf = (code: string) => [
  signatory[code]!,
  ...(code in liaison ? [liaison[code as keyof typeof liaison]] : []),
];
let conferenceId = "";

type User = { id: number; first_name: string };
const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const findButton = (user: User, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  return { message, button: buttonsOf(message.replyMarkup).find((b) => matches(b.text))! };
};
const pressText = async (user: User, label: string | RegExp) => {
  const { message, button } = findButton(user, label);
  await h.press(user, button.callback_data, { chatId: user.id, messageId: message.messageId });
};
const answer = async (user: User, label: string, text: string) => {
  await pressText(user, label);
  await h.text(user, text);
};
const messagesTo = (user: User, prefix: string) =>
  h.api.sent(user.id).filter((m) => (m.text ?? m.caption ?? "").startsWith(prefix));
const rsvpReminders = (user: User) => messagesTo(user, "⏳ Nhắc trả lời giấy mời").length;
const attendeeReminders = (user: User) => messagesTo(user, "🔔 Nhắc lịch hội nghị").length;
const conferenceRows = () => t.db.outboxMessage.count({ where: { intentId: { startsWith: "conference-" } } });
const refusal = (user: { id: number }, press: () => Promise<unknown>) => readRefusal(h.api, user, press);
const run = async (iso: string, times = 1) => {
  now = new Date(iso);
  for (let i = 0; i < times; i++) await h.runJobs(now);
  await h.deliver();
};

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  for (const code of units) await h.text(signatory[code]!, `/start ${await seed.invite(code, "signatory")}`);
  for (const [code, user] of Object.entries(liaison))
    await h.text(user, `/start ${await seed.invite(code, "liaison")}`);
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  await h.deliver();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("the 2018 conference", () => {
  test("before anything is scheduled: a member is told so, and a non-leader cannot create one", async () => {
    await h.text(signatory.SDL!, "/conference");
    expect(h.lastTo(signatory.SDL!.id)).toMatch(/^Chưa có hội nghị nào được lên lịch/);
    expect(await refusal(signatory.SDL!, () => h.press(signatory.SDL!, "hc"))).toMatch(
      /^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/,
    );
    expect(await t.db.conference.count()).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "authz.denied", subjectId: "conference.create" } })).toBe(1);
  });

  test("the leader creates it step by step; bad and past times are refused; the preview counts the recipients", async () => {
    await h.text(leader, "/conference");
    expect(h.lastTo(leader.id)).toMatch(/^Tổ chức hội nghị mới \(bước 1\/5\)/);
    await h.text(leader, "Hội nghị ký kết giao ước thi đua năm 2018");
    expect(h.lastTo(leader.id)).toMatch(/^Bước 2\/5/);
    await h.text(leader, "20/03/2018");
    expect(h.lastTo(leader.id)).toBe("Vui lòng nhập cả giờ họp, ví dụ «20/03/2018 08:00».");
    await h.text(leader, "32/03/2018 08:00");
    expect(h.lastTo(leader.id)).toMatch(/^Không hiểu thời gian «32\/03\/2018 08:00»/);
    await h.text(leader, "01/03/2018 08:00");
    expect(h.lastTo(leader.id)).toBe("Thời điểm 01/03/2018 08:00 đã qua. Vui lòng nhập một thời điểm trong tương lai.");
    await h.text(leader, "20/03/2018 08:00");
    expect(h.lastTo(leader.id)).toMatch(/^Bước 3\/5/);
    await h.text(leader, "Hội trườn Sở Văn hóa, Thể thao và Du lịch");
    await h.text(leader, "1. Tổng kết công tác thi đua năm 2017\n2. Ký kết giao ước thi đua năm 2018");
    await pressText(leader, "Bỏ qua");
    // A typo in the venue is fixed from the preview, the other answers kept.
    expect(buttonsOf(h.api.sent(leader.id).at(-1)!.replyMarkup).map((b) => b.text)).toEqual([
      "✏️ Sửa tên",
      "✏️ Sửa thời gian",
      "✏️ Sửa địa điểm",
      "✏️ Sửa chương trình",
      "✏️ Sửa người chủ trì",
      "📨 Gửi giấy mời",
      "Huỷ",
    ]);
    await pressText(leader, "✏️ Sửa địa điểm");
    expect(h.lastTo(leader.id)).toMatch(/^Bước 3\/5/);
    await h.text(leader, "Hội trường Sở Văn hóa, Thể thao và Du lịch");
    const preview = h.lastTo(leader.id);
    expect(preview).toContain("📅 Hội nghị ký kết giao ước thi đua năm 2018");
    expect(preview).toContain("🕒 Thời gian: 20/03/2018 08:00");
    expect(preview).toContain("📍 Địa điểm: Hội trường Sở Văn hóa, Thể thao và Du lịch");
    expect(preview).toContain("2. Ký kết giao ước thi đua năm 2018");
    expect(preview).not.toContain("Chủ trì");
    expect(preview).toContain("gửi tới 11 người: thành viên của 7 đơn vị");
    expect(await t.db.conference.count()).toBe(0);
    await pressText(leader, "📨 Gửi giấy mời");
    const conference = await t.db.conference.findFirstOrThrow();
    conferenceId = conference.id;
    expect(conference.startsAt.toISOString()).toBe("2018-03-20T01:00:00.000Z");
    expect(conference).toMatchObject({
      venue: "Hội trường Sở Văn hóa, Thể thao và Du lịch",
      chair: "",
      revision: 1,
      state: "scheduled",
    });
    expect(h.api.chatMessages(leader.id).at(-1)?.text).toContain("gửi giấy mời tới 11 người");
    expect(await t.db.auditEvent.count({ where: { action: "conference.created", subjectId: conferenceId } })).toBe(1);
  });

  test("every unit member receives the invitation with the three answer buttons; the board receives it without", async () => {
    await h.deliver();
    for (const user of everyone) {
      const invitations = messagesTo(user, "📨 GIẤY MỜI");
      expect(invitations, user.first_name).toHaveLength(1);
      expect(invitations[0]!.text).toContain("🕒 Thời gian: 20/03/2018 08:00");
      expect(buttonsOf(invitations[0]!.replyMarkup).map((b) => b.text)).toEqual(
        user === board ? [] : ["✅ Tham dự", "🚫 Không tham dự", "👤 Cử người dự thay"],
      );
    }
    expect(messagesTo(signatory.SYT!, "📨 GIẤY MỜI")[0]!.text).toContain("Đề nghị Sở Y tế trả lời");
  });

  test("units answer with names; a malformed line is refused with nothing saved; the answerer gets the summary", async () => {
    now = new Date("2018-03-11T02:00:00Z");
    const leaderMessages = h.api.sent(leader.id).length;
    await answer(
      signatory.SVHTT!,
      "✅ Tham dự",
      "Nguyễn Văn An – Phó Giám đốc\nTrần Thị Bình - Chuyên viên phòng Nghiệp vụ",
    );
    const summary = h.lastTo(signatory.SVHTT!.id);
    expect(summary).toContain(
      "✅ Đã ghi nhận: Sở Văn hóa và Thể thao tham dự «Hội nghị ký kết giao ước thi đua năm 2018» (20/03/2018 08:00).",
    );
    expect(summary).toContain("• Nguyễn Văn An – Phó Giám đốc\n• Trần Thị Bình – Chuyên viên phòng Nghiệp vụ");
    await answer(liaison.BDT, "🚫 Không tham dự", "Trùng lịch tiếp đoàn công tác của Trung ương");
    expect(h.lastTo(liaison.BDT.id)).toContain("Lý do: Trùng lịch tiếp đoàn công tác của Trung ương");
    await answer(signatory.SGDDT!, "✅ Tham dự", "Lê Văn Cường, Phó Giám đốc\nPhạm Thị Dung, Chuyên viên");
    await answer(signatory.SDL!, "👤 Cử người dự thay", "Hoàng Văn Em – Phó Trưởng phòng Quản lý du lịch");
    expect(h.lastTo(signatory.SDL!.id)).toContain("cử người dự thay");

    await answer(signatory.SLDTBXH!, "✅ Tham dự", "Võ Văn Phúc – Phó Giám đốc\nVõ Thị Quế Chuyên viên");
    expect(h.lastTo(signatory.SLDTBXH!.id)).toMatch(/^Dòng 2 chưa đúng: «Võ Thị Quế Chuyên viên»\./);
    expect(await t.db.conferenceRsvp.count({ where: { unitId: seed.unitId("SLDTBXH") } })).toBe(0);
    await h.text(signatory.SLDTBXH!, "1. Võ Văn Phúc – Phó Giám đốc\n2. Võ Thị Quế – Chuyên viên");
    expect(h.lastTo(signatory.SLDTBXH!.id)).toContain("• Võ Thị Quế – Chuyên viên");

    expect(await t.db.conferenceRsvp.count()).toBe(5);
    // The leader unit is not messaged per answer: its members read the table in /conference.
    expect(h.api.sent(leader.id).length - leaderMessages).toBe(2);
    await h.deliver();
    expect(h.api.sent(liaison.SVHTT.id).filter((m) => m.text?.includes("Đã ghi nhận"))).toHaveLength(0);
  });

  test("a board member may not answer for a unit; an unknown conference and a malformed button are refused", async () => {
    expect(await refusal(board, () => h.press(board, `hr:${conferenceId}:attending`))).toMatch(
      /^Chỉ thành viên của các đơn vị mới trả lời giấy mời/,
    );
    expect(await refusal(signatory.SKHCN!, () => h.press(signatory.SKHCN!, "hr:zzzzzzzzzzzzzzzzzzzz:attending"))).toBe(
      "Không tìm thấy hội nghị này.",
    );
    await h.press(signatory.SKHCN!, `hr:${conferenceId}:maybe`);
    expect(h.api.callsTo("answerCallbackQuery").at(-1)?.params).toMatchObject({
      text: "Nút này đã cũ hoặc không còn hiệu lực. Vui lòng dùng lại lệnh tương ứng.",
      show_alert: true,
    });
    expect(await t.db.conferenceRsvp.count()).toBe(5);
  });

  test("the RSVP reminder goes 3 days before, 08:00 Vietnam time, once, only to units without an answer", async () => {
    await run("2018-03-17T00:59:00Z");
    expect(everyone.map(rsvpReminders).every((n) => n === 0)).toBe(true);
    await run("2018-03-17T01:00:00Z", 2);
    expect(everyone.filter((user) => rsvpReminders(user) > 0).map((user) => user.first_name)).toEqual([
      "Ký SKHCN",
      "Ký SYT",
      "LL SYT",
    ]);
    expect(everyone.map(rsvpReminders).every((n) => n <= 1)).toBe(true);
    const reminder = messagesTo(signatory.SKHCN!, "⏳")[0]!;
    expect(reminder.text).toContain(
      "Sở Khoa học và Công nghệ chưa trả lời dự «Hội nghị ký kết giao ước thi đua năm 2018» (còn 3 ngày)",
    );
    expect(buttonsOf(reminder.replyMarkup).map((b) => b.text)).toEqual([
      "✅ Tham dự",
      "🚫 Không tham dự",
      "👤 Cử người dự thay",
    ]);
    // The liaison of SYT answers first: not attending.
    now = new Date("2018-03-17T01:05:00Z");
    await answer(liaison.SYT, "🚫 Không tham dự", "Chưa bố trí được người");
  });

  test("a change of time bumps the revision, re-notifies everyone with the old time stated, and re-keys the reminders", async () => {
    now = new Date("2018-03-17T01:10:00Z");
    await h.text(leader, "/conference");
    await pressText(leader, "🕒 Đổi thời gian");
    expect(h.lastTo(leader.id)).toMatch(/^Thời gian hiện tại: 20\/03\/2018 08:00\./);
    await h.text(leader, "17/03/2018 07:00");
    expect(h.lastTo(leader.id)).toBe("Thời điểm 17/03/2018 07:00 đã qua. Vui lòng nhập một thời điểm trong tương lai.");
    await h.text(leader, "20/03/2018 08:30");
    expect(h.lastTo(leader.id)).toBe(
      "Đã đổi thời gian «Hội nghị ký kết giao ước thi đua năm 2018» từ 20/03/2018 08:00 sang 20/03/2018 08:30 và thông báo tới 11 người.",
    );
    const conference = await t.db.conference.findFirstOrThrow({ where: { id: conferenceId } });
    expect(conference.startsAt.toISOString()).toBe("2018-03-20T01:30:00.000Z");
    expect(conference.revision).toBe(2);
    await h.deliver();
    for (const user of everyone) {
      const notices = messagesTo(user, "🕒 ĐỔI THỜI GIAN");
      expect(notices, user.first_name).toHaveLength(1);
      // Old → new once, the venue as one line; not the new time twice, nor the whole agenda again.
      expect(notices[0]!.text).toContain("20/03/2018 08:00 → 20/03/2018 08:30\n📍 Địa điểm: Hội trường Sở Văn hóa");
      expect(notices[0]!.text!.split("08:30")).toHaveLength(2);
      expect(notices[0]!.text).not.toContain("Tổng kết công tác");
    }
    // Each unit is told its standing answer.
    expect(messagesTo(liaison.SVHTT, "🕒 ĐỔI THỜI GIAN")[0]!.text).toContain(
      "Câu trả lời của Sở Văn hóa và Thể thao vẫn giữ: tham dự (Nguyễn Văn An – Phó Giám đốc; Trần Thị Bình – Chuyên viên phòng Nghiệp vụ).",
    );
    expect(messagesTo(signatory.SKHCN!, "🕒 ĐỔI THỜI GIAN")[0]!.text).toContain(
      "Sở Khoa học và Công nghệ chưa trả lời giấy mời",
    );
    expect(messagesTo(board, "🕒 ĐỔI THỜI GIAN")[0]!.text).not.toContain("vẫn giữ");
    // 3 days before the new time is 2018-03-17T01:30:00Z; a unit still silent is reminded again, once.
    await run("2018-03-17T01:29:00Z");
    expect(rsvpReminders(signatory.SKHCN!)).toBe(1);
    await run("2018-03-17T01:30:00Z", 2);
    expect(rsvpReminders(signatory.SKHCN!)).toBe(2);
    expect(rsvpReminders(signatory.SYT!)).toBe(1);
    expect(everyone.filter((user) => rsvpReminders(user) > 0).map((user) => user.first_name)).toEqual([
      "Ký SKHCN",
      "Ký SYT",
      "LL SYT",
    ]);
    const rows = await t.db.outboxMessage.findMany({
      where: { intentId: { startsWith: `conference-remind:${conferenceId}:r2:rsvp` } },
    });
    expect(rows.map((row) => row.createdAt.toISOString())).toEqual(["2018-03-17T01:30:00.000Z"]);
  });

  test("the button of the first invitation still answers after the change; the latest answer stands and the history keeps both", async () => {
    now = new Date("2018-03-17T02:00:00Z");
    const invitation = messagesTo(signatory.SYT!, "📨 GIẤY MỜI")[0]!;
    await h.press(signatory.SYT!, buttonsOf(invitation.replyMarkup)[0]!.callback_data, {
      chatId: signatory.SYT!.id,
      messageId: invitation.messageId,
    });
    await h.text(signatory.SYT!, "Đặng Văn Giang – Giám đốc");
    expect(h.lastTo(signatory.SYT!.id)).toContain(
      "(Câu trả lời này thay cho câu trả lời trước của đơn vị: Không tham dự.)",
    );
    expect(await t.db.conferenceRsvp.count({ where: { unitId: seed.unitId("SYT") } })).toBe(2);
    await answer(signatory.SKHCN!, "✅ Tham dự", "Bùi Thị Hoa – Phó Giám đốc");

    await h.text(leader, "/conference");
    const table = h.lastTo(leader.id);
    expect(table).toContain("🕒 Thời gian: 20/03/2018 08:30");
    expect(table).toContain("Đã trả lời: 7/7 đơn vị · tham dự: 6 đơn vị, 9 đại biểu · có mặt: 0");
    expect(table).toContain(
      "✅ Sở VH&TT – tham dự:\n    • Nguyễn Văn An – Phó Giám đốc\n    • Trần Thị Bình – Chuyên viên phòng Nghiệp vụ",
    );
    expect(table).toContain("🚫 Ban Dân tộc – không tham dự. Lý do: Trùng lịch tiếp đoàn công tác của Trung ương");
    expect(table).toContain("👤 Sở Du lịch – cử người dự thay:\n    • Hoàng Văn Em – Phó Trưởng phòng Quản lý du lịch");
    expect(table).toContain(
      "✅ Sở Y tế – tham dự:\n    • Đặng Văn Giang – Giám đốc\n    (2 lần trả lời; lần cuối: Ký SYT Test, 17/03/2018 09:00)",
    );
    await pressText(leader, "🕘 Lịch sử trả lời");
    const history = h.lastTo(leader.id);
    expect(history).toContain("17/03/2018 08:05 · Sở Y tế · LL SYT Test: Không tham dự: Chưa bố trí được người");
    expect(history).toContain("17/03/2018 09:00 · Sở Y tế · Ký SYT Test: Tham dự");

    // A unit member sees their own unit's answer and the buttons, not the whole table.
    await h.text(liaison.BDT, "/conference");
    const mine = h.lastTo(liaison.BDT.id);
    expect(mine).toContain("Đơn vị của bạn:\n🚫 Ban Dân tộc – không tham dự.");
    expect(mine).not.toContain("Sở Y tế");
    expect(buttonsOf(h.api.sent(liaison.BDT.id).at(-1)!.replyMarkup).map((b) => b.text)).toEqual([
      "✅ Tham dự",
      "🚫 Không tham dự",
      "👤 Cử người dự thay",
    ]);
  });

  test("the leader sets the attendee reminders with a short text; a bad schedule is refused", async () => {
    await h.text(leader, "/conference");
    await pressText(leader, "🔔 Nhắc đơn vị tham dự: 1 ngày, 2 giờ");
    await h.text(leader, "mai nhé");
    expect(h.lastTo(leader.id)).toMatch(/^Không hiểu lịch nhắc/);
    await h.text(leader, "1d, 3h, 2h");
    expect(h.lastTo(leader.id)).toBe(
      "Đã lưu: nhắc các đơn vị tham dự «Hội nghị ký kết giao ước thi đua năm 2018» 1 ngày, 3 giờ, 2 giờ trước giờ họp.",
    );
    expect(
      JSON.parse((await t.db.conference.findFirstOrThrow({ where: { id: conferenceId } })).attendeeReminders),
    ).toEqual([1440, 180, 120]);
  });

  test("attendees are reminded 1 day before at 08:30 Vietnam time, once, only in attending units; check-in is not open yet", async () => {
    await run("2018-03-19T01:29:00Z");
    expect(everyone.map(attendeeReminders).every((n) => n === 0)).toBe(true);
    await run("2018-03-19T01:30:00Z", 2);
    const reminded = everyone.filter((user) => attendeeReminders(user) > 0).map((user) => user.first_name);
    expect(reminded).toEqual([
      "Ký SVHTT",
      "Ký SGDDT",
      "Ký SDL",
      "Ký SLDTBXH",
      "Ký SKHCN",
      "Ký SYT",
      "LL SVHTT",
      "LL SYT",
    ]);
    expect(everyone.map(attendeeReminders).every((n) => n <= 1)).toBe(true);
    const reminder = messagesTo(signatory.SDL!, "🔔")[0]!;
    expect(reminder.text).toContain("còn 1 ngày");
    expect(reminder.text).toContain("Đại biểu của Sở Du lịch:\n• Hoàng Văn Em – Phó Trưởng phòng Quản lý du lịch");
    expect(buttonsOf(reminder.replyMarkup)).toEqual([]);
    expect(await refusal(signatory.SDL!, () => h.press(signatory.SDL!, `hi:${conferenceId}`))).toBe(
      "Điểm danh mở từ 20/03/2018 06:30 đến 20/03/2018 23:59.",
    );
    expect(await t.db.conferenceCheckIn.count()).toBe(0);
  });

  test("after downtime only the latest reminder goes: the 2-hour one at 06:30 Vietnam time, with the check-in button", async () => {
    await run("2018-03-19T22:29:00Z");
    expect(everyone.map(attendeeReminders).every((n) => n <= 1)).toBe(true);
    // The bot is down from 05:29 to 06:30 (Vietnam): the 3-hour reminder (05:30) is skipped, not sent late.
    await run("2018-03-19T23:30:00Z", 2);
    expect(everyone.map(attendeeReminders)).toEqual(
      everyone.map((user) =>
        ["SKHCN", "SYT", "SVHTT", "SGDDT", "SDL", "SLDTBXH"].some((code) => membersOf(code).includes(user)) ? 2 : 0,
      ),
    );
    const intents = await t.db.outboxMessage.groupBy({
      by: ["intentId"],
      where: { intentId: { contains: ":attendee:" } },
    });
    expect(intents.map((row) => row.intentId.split(":").slice(2).join(":")).sort()).toEqual([
      "r2:attendee:120",
      "r2:attendee:1440",
    ]);
    const reminder = messagesTo(liaison.SVHTT, "🔔").at(-1)!;
    expect(reminder.text).toContain("còn 2 giờ");
    expect(buttonsOf(reminder.replyMarkup).map((b) => b.text)).toEqual(["🙋 Đã có mặt"]);
  });

  test("check-in: the first tap wins with its time, a second is told; absent units cannot tap; the leader marks a unit present", async () => {
    now = new Date("2018-03-19T23:35:00Z"); // 06:35 on 20/03
    await pressText(liaison.SVHTT, "🙋 Đã có mặt");
    expect(h.lastTo(liaison.SVHTT.id)).toBe(
      "🙋 Đã ghi nhận Sở Văn hóa và Thể thao có mặt tại «Hội nghị ký kết giao ước thi đua năm 2018» lúc 20/03/2018 06:35.",
    );
    now = new Date("2018-03-19T23:40:00Z");
    expect(await refusal(signatory.SVHTT!, () => pressText(signatory.SVHTT!, "🙋 Đã có mặt"))).toBe(
      "Sở Văn hóa và Thể thao đã điểm danh lúc 06:35 (LL SVHTT Test).",
    );
    expect(await refusal(liaison.BDT, () => h.press(liaison.BDT, `hi:${conferenceId}`))).toMatch(
      /^Ban Dân tộc chưa đăng ký tham dự nên không tự điểm danh được/,
    );

    // A unit member sees "Đã có mặt" in /conference on the day too.
    await h.text(signatory.SDL!, "/conference");
    expect(buttonsOf(h.api.sent(signatory.SDL!.id).at(-1)!.replyMarkup).map((b) => b.text)).toContain("🙋 Đã có mặt");

    now = new Date("2018-03-20T00:50:00Z"); // 07:50
    await h.text(leader, "/conference");
    await pressText(leader, "📋 Điểm danh đơn vị");
    await pressText(leader, "Sở GD&ĐT (tham dự)");
    expect(h.lastTo(leader.id)).toBe("Đã đánh dấu Sở Giáo dục và Đào tạo có mặt lúc 07:50.");
    await pressText(signatory.SDL!, "🙋 Đã có mặt");
    const checkIns = await t.db.conferenceCheckIn.findMany({ orderBy: { at: "asc" } });
    expect(checkIns.map((c) => [c.unitId, c.at.toISOString(), c.personId === null])).toEqual([
      [seed.unitId("SVHTT"), "2018-03-19T23:35:00.000Z", false],
      [seed.unitId("SGDDT"), "2018-03-20T00:50:00.000Z", true],
      [seed.unitId("SDL"), "2018-03-20T00:50:00.000Z", false],
    ]);
    await h.text(leader, "/conference");
    const table = h.lastTo(leader.id);
    expect(table).toContain("🙋 Có mặt lúc 20/03/2018 06:35 (LL SVHTT Test)");
    expect(table).toContain("🙋 Có mặt lúc 20/03/2018 07:50 (Khối trưởng đánh dấu: Ký SVHTT Test)");
    expect(table).toContain("có mặt: 3");
  });

  test("the attendee list exports (.xlsx read back with exceljs, .docx with mammoth) hold every attendee and check-in time", async () => {
    await pressText(leader, "📊 Danh sách đại biểu .xlsx");
    const xlsx = h.api.sent(leader.id).at(-1)!;
    expect(xlsx.file?.fileName).toBe("danh-sach-dai-bieu-hoi-nghi-ky-ket-giao-uoc-thi-dua-nam-2018.xlsx");
    expect(xlsx.caption).toContain("6/7 đơn vị tham dự, 9 đại biểu");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(h.api.fileBytes(xlsx.file!.file_id)! as never);
    const cells: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      cells.push(Array.from({ length: 6 }, (_, i) => String(row.getCell(i + 1).value ?? ""))),
    );
    const rows = cells.filter((row) => /^\d+$/.test(row[0] ?? "")).map((row) => row.slice(1));
    expect(rows).toEqual([
      ["Sở Văn hóa và Thể thao", "Nguyễn Văn An", "Phó Giám đốc", "Tham dự", "06:35"],
      ["Sở Văn hóa và Thể thao", "Trần Thị Bình", "Chuyên viên phòng Nghiệp vụ", "Tham dự", "06:35"],
      ["Ban Dân tộc", "", "", "Không tham dự: Trùng lịch tiếp đoàn công tác của Trung ương", ""],
      ["Sở Giáo dục và Đào tạo", "Lê Văn Cường", "Phó Giám đốc", "Tham dự", "07:50"],
      ["Sở Giáo dục và Đào tạo", "Phạm Thị Dung", "Chuyên viên", "Tham dự", "07:50"],
      ["Sở Du lịch", "Hoàng Văn Em", "Phó Trưởng phòng Quản lý du lịch", "Cử người dự thay", "07:50"],
      ["Sở Lao động, Thương binh và Xã hội", "Võ Văn Phúc", "Phó Giám đốc", "Tham dự", ""],
      ["Sở Lao động, Thương binh và Xã hội", "Võ Thị Quế", "Chuyên viên", "Tham dự", ""],
      ["Sở Khoa học và Công nghệ", "Bùi Thị Hoa", "Phó Giám đốc", "Tham dự", ""],
      ["Sở Y tế", "Đặng Văn Giang", "Giám đốc", "Tham dự", ""],
    ]);
    expect(cells.flat().join("\n")).toContain("Thời gian: 08:30 ngày 20/03/2018");

    await pressText(leader, "📄 Danh sách đại biểu .docx");
    const docx = h.api.sent(leader.id).at(-1)!;
    const { value: text } = await mammoth.extractRawText({ buffer: h.api.fileBytes(docx.file!.file_id)! });
    for (const expected of [
      "DANH SÁCH ĐẠI BIỂU",
      "Hội trường Sở Văn hóa, Thể thao và Du lịch",
      "Nguyễn Văn An",
      "Hoàng Văn Em",
      "Đặng Văn Giang",
      "06:35",
    ])
      expect(text).toContain(expected);
  });

  test("once started: no reminder, no answer, no minutes before the start; then the minutes go to everyone with the file", async () => {
    expect(await refusal(leader, () => h.press(leader, `hb:${conferenceId}`))).toBe(
      "Biên bản chỉ đính kèm được sau khi hội nghị bắt đầu (20/03/2018 08:30).",
    );
    const before = await conferenceRows();
    await run("2018-03-20T01:31:00Z", 2);
    expect(await conferenceRows()).toBe(before);
    expect(await refusal(signatory.SKHCN!, () => pressText(signatory.SKHCN!, "🚫 Không tham dự"))).toBe(
      "Hội nghị «Hội nghị ký kết giao ước thi đua năm 2018» đã bắt đầu lúc 20/03/2018 08:30; không thể trả lời hay thay đổi nữa.",
    );

    now = new Date("2018-03-20T04:00:00Z"); // 11:00
    await h.text(leader, "/conference");
    expect(h.lastTo(leader.id)).toMatch(/^📅 Hội nghị ký kết giao ước thi đua năm 2018 \(đã diễn ra\)/);
    await pressText(leader, "📎 Đính kèm biên bản");
    const photo = h.api.addFile("ảnh", { fileName: "anh.jpg", mimeType: "image/jpeg" });
    await h.document(leader, photo.file_id);
    expect(h.lastTo(leader.id)).toBe("Tệp «anh.jpg» không được hỗ trợ. Vui lòng gửi biên bản dạng .docx hoặc .pdf.");
    await h.text(leader, "biên bản đây");
    expect(h.lastTo(leader.id)).toMatch(/^Vui lòng gửi biên bản dưới dạng tệp đính kèm/);
    const minutes = h.api.addFile("%PDF-1.4 biên bản", {
      fileName: "bien-ban-hoi-nghi-2018.pdf",
      mimeType: "application/pdf",
    });
    await h.document(leader, minutes.file_id);
    expect(h.lastTo(leader.id)).toBe("Đã gửi biên bản «Hội nghị ký kết giao ước thi đua năm 2018» tới 11 người.");
    await h.deliver();
    for (const user of everyone) {
      const got = h.api
        .sent(user.id)
        .filter((m) => m.method === "sendDocument" && m.caption?.startsWith("📎 Biên bản"));
      expect(got, user.first_name).toHaveLength(1);
      expect(got[0]!.file?.file_id).toBe(minutes.file_id);
    }
    await h.text(signatory.BDT!, "/conference");
    expect(h.lastTo(signatory.BDT!.id)).toContain("📎 Biên bản: bien-ban-hoi-nghi-2018.pdf (gửi lúc 20/03/2018 11:00)");
    await pressText(signatory.BDT!, "📄 Xem biên bản");
    expect(h.api.sent(signatory.BDT!.id).at(-1)).toMatchObject({
      method: "sendDocument",
      caption: "Biên bản Hội nghị ký kết giao ước thi đua năm 2018 (20/03/2018 08:30).",
    });
  });

  test("a later conference: venue change re-notifies; cancelling tells everyone why and its old buttons are refused", async () => {
    now = new Date("2018-06-01T02:00:00Z");
    await h.text(leader, "/conference");
    await h.text(leader, "Hội nghị sơ kết 6 tháng đầu năm 2018");
    await h.text(leader, "15/07/2018 14:00");
    await h.text(leader, "Hội trường Sở Du lịch");
    await pressText(leader, "Bỏ qua");
    await h.text(leader, "Phó Giám đốc Sở Văn hóa và Thể thao");
    expect(h.lastTo(leader.id)).toContain("👤 Chủ trì: Phó Giám đốc Sở Văn hóa và Thể thao");
    await pressText(leader, "📨 Gửi giấy mời");
    await h.deliver();
    const second = await t.db.conference.findFirstOrThrow({ where: { title: "Hội nghị sơ kết 6 tháng đầu năm 2018" } });
    expect(second.startsAt.toISOString()).toBe("2018-07-15T07:00:00.000Z");

    await h.text(leader, "/conference");
    await pressText(leader, "📍 Đổi địa điểm");
    await h.text(leader, "Hội trường Sở Du lịch");
    expect(h.lastTo(leader.id)).toBe("Thông tin mới giống thông tin hiện tại; không có gì thay đổi.");
    await h.text(leader, "Phòng họp số 2, Sở Văn hóa và Thể thao");
    await h.deliver();
    expect(messagesTo(signatory.SYT!, "📍 ĐỔI ĐỊA ĐIỂM").at(-1)?.text).toContain(
      "Hội trường Sở Du lịch → Phòng họp số 2, Sở Văn hóa và Thể thao\n🕒 Thời gian:",
    );

    // SDL starts answering; the conference is cancelled before the names arrive.
    await pressText(signatory.SDL!, "✅ Tham dự");
    await h.text(leader, "/conference");
    await pressText(leader, "❌ Huỷ hội nghị");
    await h.text(leader, "Lùi sang quý III theo chỉ đạo của Ban Thi đua – Khen thưởng tỉnh");
    expect(h.lastTo(leader.id)).toBe("Đã huỷ «Hội nghị sơ kết 6 tháng đầu năm 2018» và thông báo tới 11 người.");
    await h.deliver();
    for (const user of everyone)
      expect(messagesTo(user, "❌ HUỶ HỘI NGHỊ").at(-1)?.text, user.first_name).toContain(
        "Lý do: Lùi sang quý III theo chỉ đạo của Ban Thi đua – Khen thưởng tỉnh",
      );

    await h.text(signatory.SDL!, "Hoàng Văn Em – Phó Trưởng phòng");
    expect(h.lastTo(signatory.SDL!.id)).toBe(
      "Hội nghị «Hội nghị sơ kết 6 tháng đầu năm 2018» đã bị huỷ (lý do: Lùi sang quý III theo chỉ đạo của Ban Thi đua – Khen thưởng tỉnh), nên câu trả lời này không được ghi nhận.",
    );
    const sdl = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(signatory.SDL!.id) } });
    expect(await t.db.conversation.count({ where: { personId: sdl.id } })).toBe(0);
    const invitation = messagesTo(signatory.SDL!, "📨 GIẤY MỜI").at(-1)!;
    const pressOld = () =>
      h.press(signatory.SDL!, buttonsOf(invitation.replyMarkup)[0]!.callback_data, {
        chatId: signatory.SDL!.id,
        messageId: invitation.messageId,
      });
    expect(await refusal(signatory.SDL!, pressOld)).toBe(
      "Hội nghị «Hội nghị sơ kết 6 tháng đầu năm 2018» đã bị huỷ (lý do: Lùi sang quý III theo chỉ đạo của Ban Thi đua – Khen thưởng tỉnh); nút này không còn hiệu lực.",
    );
    expect(await t.db.conferenceRsvp.count({ where: { conferenceId: second.id } })).toBe(0);
    const before = await conferenceRows();
    await run("2018-07-12T07:00:00Z");
    expect(await conferenceRows()).toBe(before);
  });
});
