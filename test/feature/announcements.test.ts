import { TelegramError } from "telegraf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createBotHarness, type BotHarness, type TestUser } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
const leader = makeUser("Nghiệp");
const leaderLiaison = makeUser("Hà");
const board = makeUser("Tửu");
const units = ["BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"];
const signatories = units.map((code) => ({ code, user: makeUser(`Ký ${code}`, code === "SYT" ? "en" : "vi") }));
const liaisons = units.map((code) => ({ code, user: makeUser(`LL ${code}`) }));
const everyoneButLeader = [leaderLiaison, board, ...signatories.map((s) => s.user), ...liaisons.map((l) => l.user)];
const group = { id: -100777, type: "supergroup", title: "Khối thi đua số 4" };

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db);
  const setup = createBotHarness({ db: t.db });
  await setup.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await setup.text(leaderLiaison, `/start ${await seed.invite("SVHTT", "liaison")}`);
  await setup.text(board, `/start ${await seed.invite(null, "board")}`);
  for (const { code, user } of signatories) await setup.text(user, `/start ${await seed.invite(code, "signatory")}`);
  for (const { code, user } of liaisons) await setup.text(user, `/start ${await seed.invite(code, "liaison")}`);
  // Join notices to the leader unit are not what these tests are about.
  await t.db.outboxMessage.deleteMany();
});
afterAll(async () => t.close());

const lastCall = (h: BotHarness, chatId: number, method: string) => h.lastCallTo(chatId, method)!;
const answers = (h: BotHarness) =>
  h.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));

// Presses a button and returns what that press left the person with: its answers (toasts) and the messages sent or
// edited in their chat. A refused press is one toast with the reason, and no message.
async function pressAndRead(
  h: BotHarness,
  user: TestUser,
  ...press: Parameters<BotHarness["press"]> extends [TestUser, ...infer R] ? R : never
) {
  const from = h.calls.length;
  await h.press(user, ...press);
  const made = h.calls.slice(from);
  return {
    toasts: made.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? "")),
    messages: made
      .filter(
        (c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === user.id,
      )
      .map((c) => String(c.payload.text)),
  };
}

// Walks the wizard up to the preview; returns the summary message the author confirms.
async function draftAnnouncement(h: BotHarness, author: TestUser, content: () => Promise<unknown>, audience: string) {
  await h.text(author, "/announce");
  await content();
  const audienceCall = [...h.calls]
    .reverse()
    .find(
      (c) =>
        c.method === "sendMessage" &&
        Number(c.payload.chat_id) === author.id &&
        h.buttonsOf(c).some((b) => b.callback_data.startsWith("aa:")),
    );
  if (!audienceCall) {
    const skip = h.buttonsOf(lastCall(h, author.id, "sendMessage")).find((b) => b.callback_data === "af");
    await h.press(author, skip!.callback_data);
  }
  await h.press(author, `aa:${audience}`);
  return lastCall(h, author.id, "sendMessage");
}

describe("an announcement to every member", () => {
  let h: BotHarness;
  let announcementId: string;
  const blocked = signatories[1]!.user;
  const text =
    "Kính gửi các đơn vị: Hội nghị ký kết giao ước thi đua năm 2018 họp lúc 08:00 ngày 20/03/2018 tại hội trường Sở Văn hóa và Thể thao.";

  test("the wizard takes the text and a file, shows the preview and the number of recipients", async () => {
    h = createBotHarness({ db: t.db });
    await h.text(leader, "/announce");
    expect(h.lastTo(leader.id)).toContain("Hãy gửi nội dung thông báo");
    await h.text(leader, text);
    expect(h.lastTo(leader.id)).toContain(`Đã nhận nội dung (${text.length} ký tự)`);
    await h.message(leader, { document: { file_id: "DOC-GIAY-MOI", file_unique_id: "u1", file_name: "giay-moi.pdf" } });
    const audiences = h.buttonsOf(lastCall(h, leader.id, "sendMessage")).map((b) => b.text);
    expect(audiences).toEqual([
      "Tất cả thành viên",
      "Chỉ lãnh đạo đơn vị (người ký)",
      "Chỉ chuyên viên phụ trách",
      "Chọn đơn vị…",
      "Huỷ",
    ]);
    await h.press(leader, "aa:everyone");
    const preview = lastCall(h, leader.id, "sendDocument");
    expect(preview.payload.document).toBe("DOC-GIAY-MOI");
    expect(preview.payload.caption).toBe(`📢 Thông báo của Sở Văn hóa và Thể thao\n\n${text}`);
    const summary = lastCall(h, leader.id, "sendMessage");
    expect(summary.payload.text).toContain(`Số người nhận: ${everyoneButLeader.length}`);
    expect(h.buttonsOf(summary).map((b) => b.text)).toEqual(["✏️ Sửa nội dung", "✏️ Đổi người nhận", "Gửi", "Huỷ"]);
    // Nothing has gone out yet.
    expect(await t.db.announcement.count()).toBe(0);
  });

  test("confirming sends once to each recipient, in their language, with a Received button; a double tap sends nothing more", async () => {
    h.failNextCall(
      "sendDocument",
      new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" }),
      blocked.id,
    );
    await h.press(leader, "as:0", "…", { messageId: 4242 });
    const doubleTap = await pressAndRead(h, leader, "as:0", "…", { messageId: 4242 });
    expect(await t.db.announcement.count()).toBe(1);
    const announcement = await t.db.announcement.findFirstOrThrow();
    announcementId = announcement.id;
    expect(announcement.recipientCount).toBe(everyoneButLeader.length);
    expect(doubleTap.toasts).toEqual(["Thông báo này đã được gửi hoặc đã huỷ. Dùng /announce để soạn thông báo mới."]);
    expect(doubleTap.messages).toEqual([]);
    const edits = h.calls.filter((c) => c.method === "editMessageText" && c.payload.message_id === 4242);
    expect(edits.map((c) => c.payload.text)).toEqual([
      `Đang gửi thông báo…\nĐã gửi 0/${everyoneButLeader.length} · 0 lỗi`,
    ]);
    expect(await t.db.auditEvent.count({ where: { action: "announcement.created", subjectId: announcementId } })).toBe(
      1,
    );

    // Halfway through, the progress reporter runs as it does every few seconds in the running bot.
    let documents = 0;
    h.onCall(async (call) => {
      if (call.method === "sendDocument" && ++documents === 8) await h.progress();
    });
    await h.deliver();
    const midway = h.calls.filter((c) => c.method === "editMessageText" && c.payload.message_id === 4242).at(-1)!
      .payload.text as string;
    const [, sentSoFar] = /Đã gửi (\d+)\/14 · \d lỗi/.exec(midway)!;
    expect(Number(sentSoFar)).toBeGreaterThan(0);
    expect(Number(sentSoFar)).toBeLessThan(14);
    for (const user of everyoneButLeader) {
      const received = h.calls.filter((c) => c.method === "sendDocument" && Number(c.payload.chat_id) === user.id);
      expect(received, user.first_name).toHaveLength(1);
      const english = user.language_code === "en";
      expect(received[0]!.payload.caption).toContain(
        english ? "📢 Announcement from Sở Văn hóa và Thể thao" : "📢 Thông báo của Sở Văn hóa và Thể thao",
      );
      expect(h.buttonsOf(received[0])).toEqual([
        { text: english ? "✅ Received" : "✅ Đã nhận", callback_data: `ak:${announcementId}` },
      ]);
    }
    expect(h.calls.filter((c) => c.method === "sendDocument" && Number(c.payload.chat_id) === leader.id)).toHaveLength(
      1,
    );
  });

  test("the progress message is edited in place, and the final report names who could not be reached and why", async () => {
    await h.progress();
    const total = everyoneButLeader.length;
    const edits = h.calls
      .filter((c) => c.method === "editMessageText" && c.payload.message_id === 4242)
      .map((c) => c.payload.text);
    expect(edits.at(-1)).toBe(
      `Đã gửi xong thông báo.\nĐã gửi ${total - 1}/${total} · 1 lỗi\n\nDùng /announcements để xem ai đã bấm «Đã nhận».`,
    );
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: announcementId } })).state).toBe("done");
    await h.deliver();
    const report = lastCall(h, leader.id, "sendMessage");
    expect(report.payload.text).toContain(`${total - 1}/${total} người nhận đã nhận được tin`);
    expect(report.payload.text).toContain(
      `• ${blocked.first_name} Test (Sở Giáo dục và Đào tạo): đã chặn bot, xoá tài khoản hoặc chưa từng nhắn cho bot`,
    );
    expect(report.payload.reply_parameters?.message_id).toBe(4242);
    // Another pass changes nothing and reports nothing twice.
    const calls = h.calls.length;
    await h.progress();
    await h.deliver();
    expect(h.calls.length).toBe(calls);
  });

  test("recipients acknowledge; a second tap changes nothing", async () => {
    const [first, second] = [signatories[0]!.user, liaisons[2]!.user];
    await h.press(first, `ak:${announcementId}`);
    expect(answers(h).at(-1)).toBe("Đã ghi nhận: bạn đã nhận thông báo này.");
    expect(h.buttonsOf(lastCall(h, first.id, "editMessageReplyMarkup"))[0]!.text).toMatch(
      /^✅ Đã nhận lúc \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    await h.press(first, `ak:${announcementId}`);
    expect(answers(h).at(-1)).toMatch(/^Bạn đã xác nhận lúc /);
    await h.press(second, `ak:${announcementId}`);
    expect(await t.db.announcementAck.count({ where: { announcementId } })).toBe(2);
    expect(
      await t.db.auditEvent.count({ where: { action: "announcement.acknowledged", subjectId: announcementId } }),
    ).toBe(2);
  });

  test("the leader lists who acknowledged and sends one follow-up, only to those who received it and did not", async () => {
    const total = everyoneButLeader.length;
    await h.text(leader, "/announcements");
    const list = lastCall(h, leader.id, "sendMessage");
    expect(list.payload.text).toContain(`· đã nhận 2/${total}`);
    await h.press(leader, h.buttonsOf(list)[0]!.callback_data);
    const view = lastCall(h, leader.id, "sendMessage");
    expect(view.payload.text).toContain(`Đã nhận: 2/${total}`);
    expect(view.payload.text).toMatch(new RegExp(`✅ ${signatories[0]!.user.first_name} Test – \\d\\d/`));
    expect(view.payload.text).toContain(`⏳ ${signatories[2]!.user.first_name} Test`);
    expect(view.payload.text).toContain(`⚠️ ${blocked.first_name} Test (không gửi được)`);
    const waiting = total - 1 - 2;
    const followUp = h.buttonsOf(view)[0]!;
    expect(followUp.text).toBe(`Nhắc ${waiting} người chưa xác nhận`);

    h.reset();
    await h.press(leader, followUp.callback_data);
    expect(h.lastTo(leader.id)).toContain(`Đã gửi lời nhắc tới ${waiting} người`);
    expect(await pressAndRead(h, leader, followUp.callback_data)).toEqual({
      toasts: ["Thông báo này đã được nhắc một lần rồi."],
      messages: [],
    });
    await h.deliver();
    const reminded = h.calls.filter(
      (c) =>
        (c.method === "sendMessage" && String(c.payload.text).includes("Nhắc lại")) ||
        String(c.payload.text).includes("Reminder"),
    );
    expect(reminded).toHaveLength(waiting);
    const acked = [signatories[0]!.user.id, liaisons[2]!.user.id, blocked.id];
    expect(reminded.some((c) => acked.includes(Number(c.payload.chat_id)))).toBe(false);
    const originals = await t.db.outboxMessage.findMany({
      where: { intentId: `announce:${announcementId}`, state: "sent" },
    });
    for (const call of reminded) {
      const original = originals.find((row) => Number(row.chatId) === Number(call.payload.chat_id))!;
      expect(call.payload.reply_parameters.message_id).toBe(Number(original.telegramMessageId));
      expect(h.buttonsOf(call)[0]!.callback_data).toBe(`ak:${announcementId}`);
    }
    // A reminded person can acknowledge from the reminder.
    await h.press(signatories[2]!.user, `ak:${announcementId}`);
    expect(await t.db.announcementAck.count({ where: { announcementId } })).toBe(3);
  });
});

describe("choosing units", () => {
  test("only members of the chosen units receive it; nothing chosen is refused", async () => {
    const h = createBotHarness({ db: t.db });
    await h.text(board, "/announce");
    await h.text(board, "Đề nghị hai đơn vị gửi báo cáo sơ kết trước ngày 20/6.");
    await h.press(board, "af");
    await h.press(board, "aa:units");
    expect(h.lastTo(board.id)).toContain("Chọn các đơn vị nhận thông báo");
    await h.press(board, "ad");
    expect(answers(h).at(-1)).toBe("Hãy chọn ít nhất một đơn vị.");
    await h.press(board, `au:${seed.unitId("SYT")}`);
    await h.press(board, `au:${seed.unitId("SDL")}`);
    await h.press(board, `au:${seed.unitId("BDT")}`);
    await h.press(board, `au:${seed.unitId("BDT")}`);
    const markup = lastCall(h, board.id, "editMessageReplyMarkup").payload.reply_markup;
    const labels = (markup.inline_keyboard as { text: string }[][]).flat().map((b) => b.text);
    expect(labels).toContain("✅ Sở Y tế");
    expect(labels).toContain("Ban Dân tộc");
    expect(labels).toContain("Xong (2 đơn vị)");
    await h.press(board, "ad");
    expect(h.lastTo(board.id)).toContain("Gửi tới: 2 đơn vị: Sở Du lịch, Sở Y tế");
    expect(h.lastTo(board.id)).toContain("Số người nhận: 4");
    await h.press(board, "as:0");
    await h.deliver();
    const chosen = [...signatories, ...liaisons]
      .filter((m) => m.code === "SYT" || m.code === "SDL")
      .map((m) => m.user.id);
    const got = h.calls
      .filter(
        (c) =>
          c.method === "sendMessage" &&
          Number(c.payload.chat_id) !== board.id &&
          String(c.payload.text).includes("báo cáo sơ kết"),
      )
      .map((c) => Number(c.payload.chat_id));
    expect(got.sort()).toEqual(chosen.sort());
    // Sent by the board, the announcement says so.
    expect(h.calls.find((c) => Number(c.payload.chat_id) === chosen[0])!.payload.text).toMatch(
      /^📢 (Thông báo của Ban Thi đua – Khen thưởng tỉnh|Announcement from)/,
    );
  });
});

describe("the bloc's group", () => {
  test("a leader links the group from inside it; others cannot", async () => {
    const h = createBotHarness({ db: t.db });
    await h.text(leader, "/linkgroup");
    expect(h.lastTo(leader.id)).toContain("/linkgroup@KhoiTestBot");
    await h.send({
      my_chat_member: {
        chat: group,
        from: leader,
        date: 1,
        old_chat_member: { status: "left", user: {} },
        new_chat_member: { status: "member", user: {} },
      },
    } as any);
    expect(h.lastTo(group.id)).toContain("/linkgroup@KhoiTestBot");
    // The refusal is told to the person in private; the group reads nothing.
    await h.text(signatories[0]!.user, "/linkgroup@KhoiTestBot", { chat: group });
    expect(h.lastTo(group.id)).toContain("/linkgroup@KhoiTestBot");
    expect(h.lastTo(signatories[0]!.user.id)).toMatch(/^Xin lỗi, chức năng này chỉ dành cho/);
    expect((await t.db.bloc.findFirstOrThrow()).groupChatId).toBeNull();
    h.setBotMember(group.id, { status: "administrator", can_pin_messages: true });
    await h.text(leader, "/linkgroup@KhoiTestBot", { chat: group });
    expect(h.lastTo(group.id)).toBe(
      "Đã liên kết nhóm này với Khối thi đua số 4. Thông báo của Khối trưởng có thể được đăng vào đây.\nBot có quyền ghim tin nhắn.",
    );
    const bloc = await t.db.bloc.findFirstOrThrow();
    expect(bloc.groupChatId).toBe(BigInt(group.id));
    expect(bloc.groupCanPin).toBe(true);
  });

  test("an announcement is posted in the group and pinned; anyone in the bloc can acknowledge it there", async () => {
    const h = createBotHarness({ db: t.db });
    await draftAnnouncement(h, leader, () => h.text(leader, "Nhắc các đơn vị mang theo dự thảo đã góp ý."), "group");
    const summary = lastCall(h, leader.id, "sendMessage");
    expect(summary.payload.text).toContain("sẽ được đăng vào nhóm «Khối thi đua số 4»");
    expect(h.buttonsOf(summary).map((b) => b.text)).toEqual([
      "✏️ Sửa nội dung",
      "✏️ Đổi người nhận",
      "Gửi",
      "Gửi và ghim",
      "Huỷ",
    ]);
    await h.press(leader, "as:1");
    await h.deliver();
    const posted = lastCall(h, group.id, "sendMessage");
    expect(posted.payload.text).toContain("Nhắc các đơn vị mang theo dự thảo");
    expect(lastCall(h, group.id, "pinChatMessage").payload.message_id).toBeDefined();
    const announcement = await t.db.announcement.findFirstOrThrow({ where: { audience: "group" } });
    await h.press(liaisons[0]!.user, `ak:${announcement.id}`, "…", { chat: group });
    expect(answers(h).at(-1)).toBe("Đã ghi nhận: bạn đã nhận thông báo này.");
    expect(h.calls.some((c) => c.method === "editMessageReplyMarkup" && Number(c.payload.chat_id) === group.id)).toBe(
      false,
    );
    // The list does not set a group post's acknowledgements against a recipient count it does not have.
    await h.text(leader, "/announcements");
    expect(h.lastTo(leader.id)).toContain("» · đăng trong nhóm, 1 người đã nhận");
    expect(h.lastTo(leader.id)).not.toContain("/–");
  });

  test("losing the pin right is reported to the leader unit, and a failed pin is named in the report, not crashed on", async () => {
    const h = createBotHarness({ db: t.db });
    await h.send({
      my_chat_member: {
        chat: group,
        from: leader,
        date: 2,
        old_chat_member: { status: "administrator", can_pin_messages: true, user: {} },
        new_chat_member: { status: "member", user: {} },
      },
    } as any);
    expect((await t.db.bloc.findFirstOrThrow()).groupCanPin).toBe(false);
    await h.deliver();
    expect(h.lastTo(leaderLiaison.id)).toContain("Bot không còn quyền ghim tin nhắn trong nhóm «Khối thi đua số 4»");

    await draftAnnouncement(h, leader, () => h.text(leader, "Lịch họp thay đổi."), "group");
    expect(h.lastTo(leader.id)).toContain("Bot chưa có quyền ghim tin trong nhóm");
    h.failNextCall(
      "pinChatMessage",
      new TelegramError({
        error_code: 400,
        description: "Bad Request: not enough rights to manage pinned messages in the chat",
      }),
    );
    await h.press(leader, "as:1", "…", { messageId: 5151 });
    await h.deliver();
    expect(lastCall(h, group.id, "sendMessage").payload.text).toContain("Lịch họp thay đổi.");
    await h.progress();
    await h.deliver();
    const report = lastCall(h, leader.id, "sendMessage").payload.text;
    expect(report).toContain("Không ghim được tin trong nhóm: bot không có quyền làm việc này trong nhóm");
    expect(report).not.toContain("Bad Request");
  });

  test("removing the bot unlinks the group and tells the leader unit; the group is no longer offered", async () => {
    const h = createBotHarness({ db: t.db });
    await h.send({
      my_chat_member: {
        chat: group,
        from: leader,
        date: 3,
        old_chat_member: { status: "member", user: {} },
        new_chat_member: { status: "kicked", user: {}, until_date: 0 },
      },
    } as any);
    expect((await t.db.bloc.findFirstOrThrow()).groupChatId).toBeNull();
    await h.deliver();
    expect(h.lastTo(leaderLiaison.id)).toContain("Bot đã bị xoá khỏi nhóm «Khối thi đua số 4»");
    await h.text(leader, "/announce");
    await h.text(leader, "Thử lại.");
    await h.press(leader, "af");
    expect(h.buttonsOf(lastCall(h, leader.id, "sendMessage")).some((b) => b.callback_data === "aa:group")).toBe(false);
    // The audience step answers the press (blank) before the preview finds no group. Telegram takes one answer per
    // press, so the refusal cannot be a second toast: it comes as a message.
    const unlinked = await pressAndRead(h, leader, "aa:group");
    expect(unlinked.toasts).toEqual([""]);
    expect(unlinked.messages).toEqual([
      "Khối chưa liên kết nhóm Telegram. Hãy thêm bot vào nhóm và gõ /linkgroup trong nhóm đó.",
    ]);
    await h.text(leader, "/cancel");
  });
});

describe("correcting the preview", () => {
  test("'✏️ Sửa nội dung' and '✏️ Đổi người nhận' change one thing and come back to the preview; nothing is sent meanwhile", async () => {
    const h = createBotHarness({ db: t.db });
    const before = await t.db.announcement.count();
    await draftAnnouncement(h, leader, () => h.text(leader, "Họp lúc 8 giừo sáng thứ Hai."), "signatories");
    await h.press(leader, "ae:content");
    expect(h.lastTo(leader.id)).toContain("Gửi nội dung mới cho thông báo");
    await h.text(leader, "Họp lúc 8 giờ sáng thứ Hai.");
    const previews = h.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === leader.id);
    expect(previews.at(-2)!.payload.text).toContain("Họp lúc 8 giờ sáng thứ Hai.");
    expect(previews.at(-1)!.payload.text).toContain("Gửi tới: Chỉ lãnh đạo đơn vị (người ký)");
    await h.press(leader, "ae:audience");
    expect(h.buttonsOf(lastCall(h, leader.id, "sendMessage")).map((b) => b.text)).toContain(
      "Chỉ chuyên viên phụ trách",
    );
    await h.press(leader, "aa:liaisons");
    const again = h.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === leader.id);
    expect(again.at(-2)!.payload.text).toContain("Họp lúc 8 giờ sáng thứ Hai.");
    expect(again.at(-1)!.payload.text).toContain("Gửi tới: Chỉ chuyên viên phụ trách");
    expect(await t.db.announcement.count()).toBe(before);
    await h.text(leader, "/cancel");
  });
});

describe("bad input", () => {
  test("only the leader unit and the board may announce", async () => {
    const h = createBotHarness({ db: t.db });
    await h.text(signatories[0]!.user, "/announce");
    expect(h.lastTo(signatories[0]!.user.id)).toMatch(/^Xin lỗi, chức năng này chỉ dành cho/);
    const pressed = await pressAndRead(h, signatories[0]!.user, "as:0");
    expect(await t.db.conversation.count()).toBe(0);
    expect(pressed.toasts).toHaveLength(1);
    expect(pressed.toasts[0]).toMatch(/^Xin lỗi, chức năng này chỉ dành cho/);
    expect(pressed.messages).toEqual([]);
  });

  test("a sticker, an over-long text or a caption too long for a file are refused with the reason, and the wizard waits", async () => {
    const h = createBotHarness({ db: t.db });
    await h.text(leader, "/announce");
    await h.message(leader, {
      sticker: {
        file_id: "STK",
        file_unique_id: "s",
        type: "regular",
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    });
    expect(h.lastTo(leader.id)).toContain("Thông báo cần có nội dung là văn bản, một tệp hoặc một ảnh");
    await h.text(leader, "x".repeat(3801));
    expect(h.lastTo(leader.id)).toBe(
      "Nội dung quá dài (3801 ký tự; tối đa 3800). Vui lòng rút gọn rồi gửi lại, hoặc gửi phần chi tiết dưới dạng tệp.",
    );
    await h.text(leader, "y".repeat(1000));
    expect(h.lastTo(leader.id)).toContain("Đã nhận nội dung (1000 ký tự)");
    await h.message(leader, {
      photo: [
        { file_id: "P-small", file_unique_id: "p1", width: 90, height: 90 },
        { file_id: "P-big", file_unique_id: "p2", width: 900, height: 900 },
      ],
    });
    expect(h.lastTo(leader.id)).toContain("tối đa 900 ký tự (hiện 1000)");
    await h.message(leader, {
      photo: [{ file_id: "P-big", file_unique_id: "p2", width: 900, height: 900 }],
      caption: "Ảnh hội trường.",
    });
    expect(h.lastTo(leader.id)).toBe("Gửi thông báo này tới ai?");
    const conversation = await t.db.conversation.findFirstOrThrow();
    expect(JSON.parse(conversation.data)).toMatchObject({ kind: "photo", fileId: "P-big", text: "Ảnh hội trường." });
    await h.text(leader, "gửi đi");
    expect(h.lastTo(leader.id)).toContain("Vui lòng chọn bằng các nút");
    await h.text(leader, "/cancel");
    expect(h.lastTo(leader.id)).toBe("Đã huỷ.");
    await h.text(leader, "sau khi huỷ");
    expect(h.lastTo(leader.id)).toBe("Mình chưa hiểu tin nhắn này. Hãy dùng các lệnh trong menu hoặc gõ /help.");
  });

  test("buttons from an old or cancelled wizard, an unknown announcement, or someone who was not a recipient change nothing", async () => {
    const h = createBotHarness({ db: t.db });
    const before = await t.db.announcement.count();
    const stale = "Thông báo này đã được gửi hoặc đã huỷ. Dùng /announce để soạn thông báo mới.";
    expect(await pressAndRead(h, leader, "as:0")).toEqual({ toasts: [stale], messages: [] });
    expect(await pressAndRead(h, leader, "aa:everyone")).toEqual({ toasts: [stale], messages: [] });
    expect(await pressAndRead(h, leader, "ak:zzzzzzzzzzzzzzzzzzzzzzzz")).toEqual({
      toasts: ["Không tìm thấy thông báo này."],
      messages: [],
    });
    const units = await t.db.announcement.findFirstOrThrow({ where: { audience: "units" } });
    expect(await pressAndRead(h, signatories[0]!.user, `ak:${units.id}`)).toEqual({
      toasts: ["Thông báo này không gửi cho bạn."],
      messages: [],
    });
    const outsider = makeUser("Người ngoài");
    expect(await pressAndRead(h, outsider, `ak:${units.id}`)).toEqual({
      toasts: ["Thông báo này không gửi cho bạn."],
      messages: [],
    });
    expect(await t.db.announcement.count()).toBe(before);
    expect(await t.db.announcementAck.count({ where: { announcementId: units.id } })).toBe(0);
  });

  test("an expired wizard is forgotten: a message a day later is not read as an announcement", async () => {
    let now = new Date("2026-11-24T02:00:00Z");
    const h = createBotHarness({ db: t.db, now: () => now });
    await h.text(leader, "/announce");
    now = new Date("2026-11-25T02:00:01Z");
    await h.text(leader, "Nội dung muộn");
    expect(h.lastTo(leader.id)).toBe("Mình chưa hiểu tin nhắn này. Hãy dùng các lệnh trong menu hoặc gõ /help.");
    await h.text(leader, "/cancel");
  });
});
