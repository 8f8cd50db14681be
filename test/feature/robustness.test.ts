import { TelegramError } from "telegraf";
import { describe, expect, test } from "vitest";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

const s = useSeededBloc();

describe("each update is processed once", () => {
  test("a repeated update id does nothing the second time", async () => {
    const token = await s.seed.invite("SYT", "liaison", { maxUses: 5 });
    const user = makeUser("Twice");
    await s.h.text(user, `/start ${token}`, { updateId: 9_000_001 });
    const callsAfterFirst = s.h.calls.length;
    await s.h.text(user, `/start ${token}`, { updateId: 9_000_001 });
    expect(s.h.calls.length).toBe(callsAfterFirst);
    expect(await s.t.db.handledUpdate.count({ where: { updateId: 9_000_001n } })).toBe(1);
  });
});

describe("errors never kill the bot", () => {
  test("a failing handler logs the update id and replies with an apology and a reference code", async () => {
    const user = makeUser("Unlucky", "en");
    s.h.clock.failNext = true;
    const updateId = await s.h.text(user, "/help");
    const reply = s.h.lastTo(user.id);
    const ref = /reference code ([0-9A-F]{6})/.exec(reply)?.[1];
    expect(ref).toBeDefined();
    const logged = s.h.logLines.find((l) => l.msg === "handler failed");
    expect(logged).toMatchObject({ ref, updateId, level: 50 });
    // The next update is served normally.
    await s.h.text(user, "/help");
    expect(s.h.lastTo(user.id)).toMatch(/^What you can do:/);
  });

  test("if even the apology cannot be sent, the error is logged and swallowed", async () => {
    const user = makeUser("Silent");
    s.h.clock.failNext = true;
    s.h.failNextCall("sendMessage", new Error("502: Bad Gateway"), user.id);
    await expect(s.h.text(user, "/help")).resolves.toBeTypeOf("number");
    expect(s.h.logLines.some((l) => l.msg === "could not send apology")).toBe(true);
  });

  test("a second tap on Huỷ or a button on a deleted message is a quiet no-op, not an apology", async () => {
    const user = makeUser("Twice-tap");
    for (const description of [
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
      "Bad Request: message to edit not found",
    ]) {
      s.h.reset();
      s.h.failNextCall("editMessageText", new TelegramError({ error_code: 400, description }), user.id);
      await s.h.press(user, "fc", "Đã huỷ.", { messageId: 77 });
      expect(s.h.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
      expect(s.h.calls.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    }
    expect(s.h.logLines.some((l) => l.msg === "handler failed")).toBe(false);
    expect(s.h.logLines.filter((l) => l.msg === "harmless repeat ignored")).toHaveLength(2);
  });

  test("an update without a sender or chat is ignored safely", async () => {
    await expect(
      s.h.send({
        poll: {
          id: "1",
          question: "?",
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: "regular",
          allows_multiple_answers: false,
        },
      } as any),
    ).resolves.toBeTypeOf("number");
    expect(s.h.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });
});

describe("never silence", () => {
  test("an unknown command gets a hint", async () => {
    const user = makeUser("Typo");
    await s.h.text(user, "/invitee now");
    expect(s.h.lastTo(user.id)).toBe("Mình chưa hiểu lệnh /invitee. Gõ /help để xem các lệnh bạn có thể dùng.");
  });

  test("stray text gets a hint", async () => {
    const user = makeUser("Chatty", "en");
    await s.h.text(user, "hello?");
    expect(s.h.lastTo(user.id)).toBe(
      "I didn't understand this message. Please use the commands in the menu or type /help.",
    );
  });

  test("a sticker gets a hint", async () => {
    const user = makeUser("Sticker");
    await s.h.send({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: { is_bot: false, ...user },
        sticker: {
          file_id: "x",
          file_unique_id: "y",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    } as any);
    expect(s.h.lastTo(user.id)).toContain("Mình chưa hiểu tin nhắn này");
  });

  test("a button from an unknown or old message gets a clear alert", async () => {
    const user = makeUser("Old", "en");
    await s.h.press(user, "zz:whatever");
    const answer = s.h.calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload).toMatchObject({
      text: "This button is outdated or no longer valid. Please run the command again.",
      show_alert: true,
    });
  });

  test("commands in a group are redirected to a private chat; chatter in the group is ignored", async () => {
    const user = makeUser("Group");
    const group = { id: -100123, type: "supergroup", title: "Khối 4" };
    await s.h.text(user, "/invite", { chat: group });
    expect(s.h.lastTo(group.id)).toBe("Vui lòng dùng lệnh này trong cuộc trò chuyện riêng với bot.");
    s.h.reset();
    await s.h.text(user, "chào cả nhà", { chat: group });
    await s.h.text(user, "/help@OtherBot", { chat: group });
    expect(s.h.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
    await s.h.text(user, "/help@KhoiTestBot", { chat: group });
    expect(s.h.lastTo(group.id)).toBe("Vui lòng dùng lệnh này trong cuộc trò chuyện riêng với bot.");
  });
});
