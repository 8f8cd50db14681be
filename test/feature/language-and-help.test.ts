import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { encodeCallback } from "../../src/bot/callback-data.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let h: BotHarness;

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db);
});
afterAll(async () => t.close());
beforeEach(() => {
  h = createBotHarness({ db: t.db });
});

const commandsIn = (text: string) => [...text.matchAll(/^\/(\w+) – /gm)].map((m) => m[1]);

describe("languages", () => {
  test("the first language follows Telegram's language_code", async () => {
    const english = makeUser("En", "en-US");
    const french = makeUser("Fr", "fr");
    const none = { ...makeUser("None"), language_code: undefined };
    await h.text(english, "/help");
    await h.text(french, "/help");
    await h.text(none, "/help");
    expect(h.lastTo(english.id)).toMatch(/^What you can do:/);
    expect(h.lastTo(french.id)).toMatch(/^Những việc bạn có thể làm:/);
    expect(h.lastTo(none.id)).toMatch(/^Những việc bạn có thể làm:/);
  });

  test("/lang switches with buttons, is remembered and resets the command menu", async () => {
    const user = makeUser("Switch", "vi");
    await h.text(user, `/start ${await seed.invite("SYT", "liaison")}`);
    await h.text(user, "/lang");
    const buttons = h.buttonsOf(h.lastCallTo(user.id));
    expect(buttons.map((b) => b.text)).toEqual(["Tiếng Việt", "English"]);
    h.reset();
    await h.press(user, buttons[1]!.callback_data);
    expect(h.lastTo(user.id)).toBe("Switched to English.");
    const menu = h.calls.find((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === user.id);
    expect(menu?.payload.commands[0]).toEqual({ command: "help", description: "Help" });
    expect((await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } })).locale).toBe("en");

    // Remembered over Telegram's language_code, in a new harness (as after a restart).
    const later = createBotHarness({ db: t.db });
    await later.text(user, "/bloc");
    expect(later.lastTo(user.id)).toContain("Khối thi đua số 4 – Kiên Giang, year 2018");

    await later.press(user, encodeCallback({ kind: "lang", locale: "vi" }));
    expect(later.lastTo(user.id)).toBe("Đã chuyển sang tiếng Việt.");
  });

  test("a person outside any bloc can still choose a language", async () => {
    const user = makeUser("Stranger", "vi");
    await h.press(user, encodeCallback({ kind: "lang", locale: "en" }));
    await h.text(user, "/start");
    expect(h.lastTo(user.id)).toMatch(/^Hello! This is Khối/);
  });
});

describe("/help per role", () => {
  test("someone outside the bloc sees only public commands and how to join", async () => {
    const user = makeUser("Outside");
    await h.text(user, "/help");
    expect(commandsIn(h.lastTo(user.id))).toEqual(["help", "lang", "start"]);
    expect(h.lastTo(user.id)).toContain("Bạn chưa thuộc khối nào");
  });

  test("a unit member sees /bloc but not the leader tools", async () => {
    const user = makeUser("Member");
    await h.text(user, `/start ${await seed.invite("SDL", "signatory")}`);
    await h.text(user, "/help");
    expect(commandsIn(h.lastTo(user.id))).toEqual(["help", "bloc", "lang", "start"]);
    expect(h.lastTo(user.id)).toContain("Bạn là Lãnh đạo đơn vị (người ký) – Sở Du lịch (Khối thi đua số 4).");
  });

  test("a leader-unit member sees /invite and /members", async () => {
    const user = makeUser("Leader", "en");
    await h.text(user, `/start ${await seed.invite("SVHTT", "liaison")}`);
    await h.text(user, "/help");
    expect(commandsIn(h.lastTo(user.id))).toEqual(["help", "bloc", "invite", "members", "lang", "start"]);
    expect(h.lastTo(user.id)).toContain("You are Emulation liaison officer · leader unit – Sở Văn hóa và Thể thao (Khối thi đua số 4).");
  });

  test("a board member sees the leader tools too", async () => {
    const user = makeUser("Board");
    await h.text(user, `/start ${await seed.invite(null, "board")}`);
    await h.text(user, "/help");
    expect(commandsIn(h.lastTo(user.id))).toEqual(["help", "bloc", "invite", "members", "lang", "start"]);
  });
});
