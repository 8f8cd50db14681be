import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The conference and announcements as users saw them (issue 17): the leader unit, members and outsiders over the
// fake Bot API. Instants are UTC; times shown are Vietnam time.
let t: TestDb;
let h: ApiHarness;
let now = new Date("2018-03-10T02:00:00Z");
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const units = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"];
const signatory = Object.fromEntries(units.map((code, i) => [code, person(940_000 + i, `Ký ${code}`)]));
const leader = signatory.SVHTT!;
const leaderLiaison = person(940_100, "LL SVHTT");
const board = person(940_200, "Ban TĐKT");
const outsider = person(940_300, "Người ngoài");
const blocked = signatory.SDL!;
const group = { id: -100_940, type: "supergroup" as const, title: "Khối thi đua số 4" };

type User = { id: number; first_name: string };
type Button = { text: string; callback_data?: string; url?: string };
const buttonsOf = (markup: unknown) => ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
const findButton = (user: User, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  return { message, button: buttonsOf(message.replyMarkup).find((b) => matches(b.text))! };
};
const pressText = async (user: User, label: string | RegExp) => {
  const { message, button } = findButton(user, label);
  await h.press(user, button.callback_data!, { chatId: user.id, messageId: message.messageId });
};
const toasts = (user: User) =>
  h.api.callsTo("answerCallbackQuery", user.id).map((call) => String(call.params["text"] ?? ""));
const inGroup = (user: User, text: string) => h.bot.handleUpdate(h.api.sendText(user, text, group) as never);
const callsTo = (user: User) => h.api.callsTo(["sendMessage", "sendDocument"], user.id).length;
const texts = (user: User) => h.api.sent(user.id).map((m) => m.text ?? m.caption ?? "");

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  for (const code of units) await h.text(signatory[code]!, `/start ${await seed.invite(code, "signatory")}`);
  await h.text(leaderLiaison, `/start ${await seed.invite("SVHTT", "liaison")}`);
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  await h.deliver();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

async function createConference(title: string, when: string) {
  await h.text(leader, "/conference");
  await h.text(leader, title);
  await h.text(leader, when);
  await h.text(leader, "Hội trường Sở Văn hóa và Thể thao, 07 Nguyễn Công Trứ, Rạch Giá");
  await pressText(leader, "Bỏ qua");
  await pressText(leader, "Bỏ qua");
}

describe("people who blocked the bot", () => {
  test("queued messages to them are skipped, later audiences leave them out and count them apart, and the leader unit reads a reason, not Telegram's error", async () => {
    const base = callsTo(blocked);
    h.api.fail({
      method: ["sendMessage", "sendDocument"],
      chatId: blocked.id,
      times: Infinity,
      reply: { kind: "403", description: "Forbidden: bot was blocked by the user" },
    });
    await createConference("Hội nghị ký kết giao ước thi đua năm 2018", "20/03/2018 08:00");
    expect(h.lastTo(leader.id)).toContain("gửi tới 9 người: thành viên của 7 đơn vị");
    await pressText(leader, "📨 Gửi giấy mời");
    const conference = await t.db.conference.findFirstOrThrow();
    // A venue change queued before the invitation reached him: one refused call, not two.
    await h.text(leader, "/conference");
    await pressText(leader, "📍 Đổi địa điểm");
    await h.text(leader, "Phòng họp số 2, Sở Văn hóa và Thể thao");
    await h.deliver();
    expect(callsTo(blocked)).toBe(base + 1);
    expect(await t.db.outboxMessage.count({ where: { chatId: BigInt(blocked.id), state: "unreachable" } })).toBe(3);

    const notice = texts(leaderLiaison).find((text) => text.startsWith("Không gửi được tin nhắn cho Ký SDL"))!;
    expect(notice).toContain("người nhận đã chặn bot");
    expect(notice).not.toMatch(/403|Forbidden|blocked by the user/);
    const logged = h.logLines.find((line) => line.msg === "send did not succeed" && line.outcome === "unreachable")!;
    expect(logged.error).toBe("403: Forbidden: bot was blocked by the user");
    expect(logged.err).toBeUndefined();

    await h.text(leader, "/conference");
    await pressText(leader, "🕒 Đổi thời gian");
    await h.text(leader, "20/03/2018 08:30");
    expect(h.lastTo(leader.id)).toContain("thông báo tới 8 người, 1 không liên lạc được");
    await h.runJobs(new Date("2018-03-17T01:30:00Z"));
    await h.deliver();
    expect(callsTo(blocked)).toBe(base + 1);
    expect(await t.db.outboxMessage.count({ where: { chatId: BigInt(blocked.id) } })).toBe(3);
    await h.text(leader, "/conference");
    await pressText(leader, "❌ Huỷ hội nghị");
    await h.text(leader, "Trùng lịch họp của tỉnh");
    expect(h.lastTo(leader.id)).toContain("thông báo tới 8 người, 1 không liên lạc được");
    await h.deliver();
    expect(callsTo(blocked)).toBe(base + 1);
    expect(conference.id).toBeTruthy();
  });

  test("writing to the bot again brings him back", async () => {
    h.api.clearFaults();
    await h.text(blocked, "/conference");
    expect((await t.db.person.findFirstOrThrow({ where: { telegramId: BigInt(blocked.id) } })).reachable).toBe(true);
  });
});

describe("refusals stay where they happened", () => {
  test("a refused button press is answered with the reason as a toast", async () => {
    await h.press(signatory.BDT!, "hc");
    expect(toasts(signatory.BDT!).at(-1)).toMatch(/^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/);
  });

  test("in the group: an outsider's '✅ Đã nhận' and /linkgroup post nothing; a command asks for the private chat with a t.me button", async () => {
    await h.send({
      my_chat_member: {
        chat: group,
        from: leader,
        date: 1,
        old_chat_member: { status: "left", user: {} },
        new_chat_member: { status: "member", user: {} },
      },
    });
    const posted = () => h.api.sent(group.id).length;
    const greeted = posted();
    await inGroup(outsider, `/linkgroup@${h.api.botUser.username}`);
    await inGroup(signatory.BDT!, `/linkgroup@${h.api.botUser.username}`);
    expect(posted()).toBe(greeted);
    expect(texts(signatory.BDT!).at(-1)).toMatch(/^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/);
    await inGroup(leader, `/linkgroup@${h.api.botUser.username}`);
    expect((await t.db.bloc.findFirstOrThrow()).groupChatId).toBe(BigInt(group.id));

    await h.text(leader, "/announce");
    await h.text(leader, "Nhắc các đơn vị mang theo dự thảo đã góp ý.");
    await pressText(leader, /^Không đính kèm/);
    await pressText(leader, /^Nhóm Telegram của khối/);
    await pressText(leader, "Gửi");
    await h.deliver();
    const post = h.api.sent(group.id).at(-1)!;
    const ack = buttonsOf(post.replyMarkup)[0]!;
    const beforeAck = posted();
    await h.bot.handleUpdate(
      h.api.pressButton(outsider, ack.callback_data!, { chatId: group.id, messageId: post.messageId }) as never,
    );
    expect(posted()).toBe(beforeAck);
    const toast = h.api.callsTo("answerCallbackQuery").at(-1)!;
    expect(toast.params["text"]).toBe("Chỉ thành viên của khối mới xác nhận được thông báo đăng trong nhóm.");

    await inGroup(signatory.BDT!, `/conference@${h.api.botUser.username}`);
    const askPrivate = h.api.sent(group.id).at(-1)!;
    expect(askPrivate.text).toBe("Vui lòng dùng lệnh này trong cuộc trò chuyện riêng với bot.");
    expect(buttonsOf(askPrivate.replyMarkup).map((b) => b.url)).toEqual([`https://t.me/${h.api.botUser.username}`]);
  });
});

describe("attending, names to follow", () => {
  const unit = signatory.SGDDT!;
  test("a unit answers attend without names; the leader's table says so; the 1-day reminder asks for the names", async () => {
    await createConference("Hội nghị sơ kết thi đua 6 tháng", "25/03/2018 08:00");
    await pressText(leader, "📨 Gửi giấy mời");
    await h.deliver();
    await pressText(unit, "✅ Tham dự");
    await pressText(unit, "🕘 Tham dự, gửi tên sau");
    expect(h.lastTo(unit.id)).toContain(
      "Sở Giáo dục và Đào tạo tham dự «Hội nghị sơ kết thi đua 6 tháng» (25/03/2018 08:00); danh sách đại biểu gửi sau.",
    );
    const rsvp = await t.db.conferenceRsvp.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(rsvp).toMatchObject({ answer: "attending", attendees: "[]" });
    await h.text(leader, "/conference");
    expect(h.lastTo(leader.id)).toContain("✅ Sở GD&ĐT – tham dự:\n    (danh sách đại biểu gửi sau)");

    now = new Date("2018-03-24T01:00:00Z");
    await h.runJobs(now);
    await h.deliver();
    const reminder = h.api.sent(unit.id).at(-1)!;
    expect(reminder.text).toContain("Sở Giáo dục và Đào tạo đã báo tham dự nhưng chưa gửi tên đại biểu");
    expect(buttonsOf(reminder.replyMarkup).map((b) => b.text)).toEqual(["✍️ Gửi danh sách đại biểu"]);
    await pressText(unit, "✍️ Gửi danh sách đại biểu");
    await h.text(unit, "Phạm Thị Dung – Phó Giám đốc");
    expect(h.lastTo(unit.id)).toContain("Người dự:\n• Phạm Thị Dung – Phó Giám đốc");
  });
});

describe("calendar file and map", () => {
  const icsOf = (user: User) =>
    h.api
      .sent(user.id)
      .filter((m) => m.file?.fileName === "hoi-nghi.ics")
      .map((m) =>
        h.api
          .fileBytes(m.file!.file_id)!
          .toString("utf8")
          .replace(/\r\n[ \t]/g, ""),
      );
  test("the invitation comes with an .ics in Vietnam time and a map link; a time change sends the updated event", async () => {
    const conference = await t.db.conference.findFirstOrThrow({ where: { title: "Hội nghị sơ kết thi đua 6 tháng" } });
    const invitation = texts(signatory.SYT!).find((text) => text.includes("Hội nghị sơ kết thi đua 6 tháng"))!;
    expect(invitation).toContain(
      "🗺 Bản đồ: https://www.google.com/maps/search/?api=1&query=H%E1%BB%99i%20tr%C6%B0%E1%BB%9Dng",
    );
    const ofThis = (user: User) => icsOf(user).filter((file) => file.includes(`UID:conference-${conference.id}@khoi`));
    const [first] = ofThis(signatory.SYT!);
    expect(first).toContain("BEGIN:VEVENT");
    expect(first).toContain(`UID:conference-${conference.id}@khoi`);
    expect(first).toContain("DTSTART:20180325T010000Z");
    expect(first).toContain("SEQUENCE:1");
    expect(first).toContain("LOCATION:Hội trường Sở Văn hóa và Thể thao\\, 07 Nguyễn Công Trứ\\, Rạch Giá");
    expect(first).toContain("25/03/2018 08:00 (giờ Việt Nam)");
    expect(ofThis(board)).toHaveLength(1);

    await h.text(leader, "/conference");
    await pressText(leader, "🕒 Đổi thời gian");
    await h.text(leader, "25/03/2018 13:30");
    await h.deliver();
    const files = ofThis(signatory.SYT!);
    expect(files).toHaveLength(2);
    expect(files[1]).toContain("DTSTART:20180325T063000Z");
    expect(files[1]).toContain("SEQUENCE:2");
    expect(files[1]).toContain(`UID:conference-${conference.id}@khoi`);
    expect(h.api.sent(signatory.SYT!.id).at(-1)?.caption).toBe(
      "📅 Lịch «Hội nghị sơ kết thi đua 6 tháng» (25/03/2018 13:30): mở tệp này để thêm vào lịch của bạn.",
    );
  });
});

describe("the announcement follow-up", () => {
  test("someone who blocked the bot after receiving an announcement is not reminded", async () => {
    const later = signatory.SKHCN!;
    await h.text(leader, "/announce");
    await h.text(leader, "Đề nghị các đơn vị gửi báo cáo sơ kết trước ngày 15/06.");
    await pressText(leader, "Không đính kèm");
    await pressText(leader, "Tất cả thành viên");
    await pressText(leader, "Gửi");
    await h.deliver();
    const announcement = await t.db.announcement.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    h.api.fail({ method: ["sendMessage", "sendDocument"], chatId: later.id, times: Infinity, reply: { kind: "403" } });
    await h.text(leader, "/conference");
    await pressText(leader, "📍 Đổi địa điểm");
    await h.text(leader, "Phòng họp số 3, Sở Văn hóa và Thể thao");
    await h.deliver();
    await h.press(leader, `aq:${announcement.id}`);
    await h.deliver();
    const followUps = await t.db.outboxMessage.findMany({
      where: { intentId: `announce:${announcement.id}:followup` },
    });
    const skhcn = await t.db.person.findFirstOrThrow({ where: { telegramId: BigInt(later.id) } });
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.map((row) => row.personId)).not.toContain(skhcn.id);
    h.api.clearFaults();
  });
});
