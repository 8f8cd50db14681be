import { chooseLanguage } from "../../src/bot/features/language/language-callbacks.js";
import { describe, expect, test } from "vitest";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

const s = useSeededBloc();

const commandsIn = (text: string) => [...text.matchAll(/^\/(\w+) – /gm)].map((m) => m[1]);

describe("languages", () => {
  test("the first language follows Telegram's language_code", async () => {
    const english = makeUser("En", "en-US");
    const french = makeUser("Fr", "fr");
    const none = { ...makeUser("None"), language_code: undefined };
    await s.h.text(english, "/help");
    await s.h.text(french, "/help");
    await s.h.text(none, "/help");
    expect(s.h.lastTo(english.id)).toMatch(/^What you can do:/);
    expect(s.h.lastTo(french.id)).toMatch(/^Những việc bạn có thể làm:/);
    expect(s.h.lastTo(none.id)).toMatch(/^Những việc bạn có thể làm:/);
  });

  test("/lang switches with buttons, is remembered and resets the command menu", async () => {
    const user = makeUser("Switch", "vi");
    await s.h.text(user, `/start ${await s.seed.invite("SYT", "liaison")}`);
    await s.h.text(user, "/lang");
    const buttons = s.h.buttonsOf(s.h.lastCallTo(user.id));
    expect(buttons.map((b) => b.text)).toEqual(["Tiếng Việt", "English"]);
    s.h.reset();
    await s.h.press(user, buttons[1]!.callback_data);
    expect(s.h.lastTo(user.id)).toBe("Switched to English.");
    const menu = s.h.calls.find((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === user.id);
    expect(menu?.payload.commands[0]).toEqual({ command: "help", description: "Help" });
    expect((await s.t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } })).locale).toBe("en");

    // Remembered over Telegram's language_code, in a new harness (as after a restart).
    const later = createBotHarness({ db: s.t.db });
    await later.text(user, "/bloc");
    expect(later.lastTo(user.id)).toContain("Khối thi đua số 4 – Kiên Giang, year 2018");

    await later.press(user, chooseLanguage.pack({ locale: "vi" }));
    expect(later.lastTo(user.id)).toBe("Đã chuyển sang tiếng Việt.");
  });

  test("a person outside any bloc can still choose a language", async () => {
    const user = makeUser("Stranger", "vi");
    await s.h.press(user, chooseLanguage.pack({ locale: "en" }));
    await s.h.text(user, "/start");
    expect(s.h.lastTo(user.id)).toMatch(/^Hello! This is Khối/);
  });
});

describe("/help per role", () => {
  test("someone outside the bloc sees only public commands and how to join", async () => {
    const user = makeUser("Outside");
    await s.h.text(user, "/help");
    expect(commandsIn(s.h.lastTo(user.id))).toEqual(["help", "lang", "cancel", "start"]);
    expect(s.h.lastTo(user.id)).toContain("Bạn chưa thuộc khối nào");
  });

  test("a unit member sees /bloc but not the leader tools", async () => {
    const user = makeUser("Member");
    await s.h.text(user, `/start ${await s.seed.invite("SDL", "signatory")}`);
    await s.h.text(user, "/help");
    expect(commandsIn(s.h.lastTo(user.id))).toEqual([
      "help",
      "bloc",
      "drafts",
      "conference",
      "signing",
      "reports",
      "scale",
      "sheet",
      "results",
      "ballot",
      "lang",
      "cancel",
      "start",
    ]);
    expect(s.h.lastTo(user.id)).toContain("Bạn là Lãnh đạo đơn vị (người ký) – Sở Du lịch (Khối thi đua số 4).");
  });

  test("a leader-unit member sees /invite and /members", async () => {
    const user = makeUser("Leader", "en");
    await s.h.text(user, `/start ${await s.seed.invite("SVHTT", "liaison")}`);
    await s.h.text(user, "/help");
    expect(commandsIn(s.h.lastTo(user.id))).toEqual([
      "help",
      "bloc",
      "invite",
      "members",
      "drafts",
      "newdraft",
      "comments",
      "conference",
      "signing",
      "reports",
      "compliance",
      "scale",
      "sheet",
      "review",
      "results",
      "ballot",
      "announce",
      "announcements",
      "linkgroup",
      "lang",
      "cancel",
      "start",
    ]);
    expect(s.h.lastTo(user.id)).toContain(
      "You are Emulation liaison officer · leader unit – Sở Văn hóa và Thể thao (Khối thi đua số 4).",
    );
  });

  test("a board member sees the leader tools too", async () => {
    const user = makeUser("Board");
    await s.h.text(user, `/start ${await s.seed.invite(null, "board")}`);
    await s.h.text(user, "/help");
    expect(commandsIn(s.h.lastTo(user.id))).toEqual([
      "help",
      "bloc",
      "invite",
      "members",
      "drafts",
      "newdraft",
      "comments",
      "conference",
      "signing",
      "reports",
      "compliance",
      "scale",
      "review",
      "results",
      "ballot",
      "announce",
      "announcements",
      "linkgroup",
      "lang",
      "cancel",
      "start",
    ]);
  });
});
