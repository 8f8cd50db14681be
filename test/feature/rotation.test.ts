import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  termConfirm,
  termDeputy,
  termLeader,
  termOpen,
  termStartYear,
} from "../../src/bot/features/rotation/rotation-callbacks.js";
import { importBloc } from "../../src/domain/blocs/import-bloc.js";
import { setNextTerm, type SetNextTermOptions } from "../../src/domain/blocs/set-next-term.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { createObligation } from "../../src/domain/reports/create-obligation.js";
import { loadWorkCalendar } from "../../src/domain/reports/load-work-calendar.js";
import { importScale } from "../../src/domain/scoring/scale/import-scale.js";
import { openReviewRound } from "../../src/domain/scoring/sheets/open-review-round.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createBotHarness, type BotHarness, type TestUser } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { khoi1000File, readScaleFixture, yamlSource } from "../support/scale-files.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The bloc is handed to next year's leader under TZ=America/New_York (vitest.config.ts) with the bot's zone
// Asia/Ho_Chi_Minh: the year turns at 2026-12-31T17:00Z, not at New York's midnight.
const timeZone = "Asia/Ho_Chi_Minh";
const clock = { now: new Date("2026-12-10T03:00:00Z") };
const newYearInstant = new Date("2026-12-31T17:00:00Z");

let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let h: BotHarness;
const board = makeUser("Tửu");
const oldLeader = makeUser("Nghiệp");
const newLeader = makeUser("Yến", "en");
const deputy = makeUser("Giáo");
const member = makeUser("Lan");

const harness = () => createBotHarness({ db: t.db, now: () => clock.now, timeZone });
const term2027 = () => t.db.term.findUnique({ where: { blocId_year: { blocId: seed.blocId, year: 2027 } } });
const actorOf = (user: TestUser) => loadActor(t.db, { telegramId: user.id });
const refusalText = /^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/;

// A press and what it left the person with: its toasts and the messages sent or edited in their chat.
async function readRefusal(h: BotHarness, user: TestUser, data: string) {
  const from = h.calls.length;
  await h.press(user, data);
  const made = h.calls.slice(from).filter((c) => Number(c.payload.chat_id ?? user.id) === user.id);
  return {
    toasts: made.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? "")),
    messages: made.filter((c) => /^(send|editMessage)/.test(c.method)).map((c) => String(c.payload.text)),
  };
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, clock.now);
  const setup = harness();
  await setup.text(board, `/start ${await seed.invite(null, "board")}`);
  await setup.text(oldLeader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await setup.text(newLeader, `/start ${await seed.invite("SYT", "signatory")}`);
  await setup.text(deputy, `/start ${await seed.invite("SGDDT", "liaison")}`);
  await setup.text(member, `/start ${await seed.invite("SDL", "liaison")}`);
  // Last year's work, which must stay readable after the hand-over: a one-off report, a monthly one, the 2026
  // scale and its review round.
  const leader = await actorOf(oldLeader);
  const calendar = await loadWorkCalendar(t.db, { timeZone });
  for (const obligation of [
    {
      name: "Báo cáo chuyên đề an toàn giao thông",
      recurrence: "once" as const,
      dueRule: { kind: "date" as const, date: "2026-11-20" },
    },
    { name: "Báo cáo tháng", recurrence: "monthly" as const, dueRule: { kind: "day" as const, day: 20 } },
  ])
    await createObligation(t.db, { actor: leader, blocId: seed.blocId, obligation, calendar, now: clock.now });
  const source = yamlSource(readScaleFixture(khoi1000File));
  await importScale(t.db, { blocId: seed.blocId, year: 2026, source, actor: leader, now: clock.now, timeZone });
  await openReviewRound(t.db, {
    actor: leader,
    blocId: seed.blocId,
    year: 2026,
    deadline: new Date("2026-12-20T10:00:00Z"),
    now: clock.now,
  });
  h = harness();
});
afterAll(async () => t.close());

describe("the board sets next year's term by buttons", () => {
  test("🔁 under /bloc → leader → deputy → confirm writes the 2027 term, which waits for 1 January", async () => {
    await h.text(board, "/bloc");
    const open = h.buttonsOf(h.lastCallTo(board.id)).find((b) => b.text === "🔁 Nhiệm kỳ năm sau");
    expect(open?.callback_data).toBe(termOpen.pack({ year: "2027" }));
    await h.press(board, open!.callback_data);
    expect(h.lastTo(board.id)).toBe("🔁 Nhiệm kỳ 2027: chọn đơn vị Khối trưởng.");
    const leaderButton = h.buttonsOf(h.lastCallTo(board.id)).find((b) => b.text === "Sở Y tế")!;
    await h.press(board, leaderButton.callback_data);
    expect(h.lastTo(board.id)).toContain("Khối trưởng là Sở Y tế. Chọn đơn vị Khối phó.");
    const deputies = h.buttonsOf(h.lastCallTo(board.id, "editMessageText"));
    expect(deputies.map((b) => b.text)).not.toContain("Sở Y tế");
    await h.press(board, deputies.find((b) => b.text === "Ban Dân tộc")!.callback_data);
    expect(h.lastTo(board.id)).toBe("Xác nhận nhiệm kỳ 2027: Khối trưởng Sở Y tế, Khối phó Ban Dân tộc?");
    expect(await term2027()).toBeNull();
    await h.press(board, h.buttonsOf(h.lastCallTo(board.id, "editMessageText"))[0]!.callback_data);
    expect(h.lastTo(board.id)).toContain("✅ Đã đặt nhiệm kỳ 2027: Khối trưởng Sở Y tế, Khối phó Ban Dân tộc");
    expect(h.lastTo(board.id)).toContain("01/01/2027");
    const term = await term2027();
    expect(term).toMatchObject({ leaderUnitId: seed.unitId("SYT"), deputyUnitId: seed.unitId("BDT"), source: "board" });
    expect(term!.startedAt).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "term.set", subjectId: term!.id } })).toBe(1);
    // Until then the 2018 leader unit still leads.
    expect((await actorOf(oldLeader)).isLeaderUnit).toBe(true);
    expect((await actorOf(newLeader)).isLeaderUnit).toBe(false);
    await h.text(board, "/bloc");
    expect(h.lastTo(board.id)).toContain("🔁 Nhiệm kỳ 2027: Khối trưởng Sở Y tế, Khối phó Ban Dân tộc");
  });

  test("the same year again asks to replace it; confirming replaces the term that has not started", async () => {
    const pair = { year: "2027", leaderUnitId: seed.unitId("SYT"), deputyUnitId: seed.unitId("SGDDT") };
    await h.press(board, termDeputy.pack(pair));
    expect(h.lastTo(board.id)).toBe(
      "Nhiệm kỳ 2027 đã được đặt với Khối trưởng Sở Y tế. Thay bằng Khối trưởng Sở Y tế, Khối phó Sở GD&ĐT?",
    );
    const before = await term2027();
    // A plain confirm (a stale button from before) is not a replacement: it asks again.
    const refused = await readRefusal(h, board, termConfirm.pack(pair));
    expect(refused.toasts[0]).toContain("Nhiệm kỳ năm 2027 đã được đặt (Khối trưởng: Sở Y tế)");
    expect(await term2027()).toEqual(before);
    const replace = h.buttonsOf(h.lastCallTo(board.id, "editMessageText")).find((b) => b.text === "♻️ Thay thế")!;
    await h.press(board, replace.callback_data);
    expect(await term2027()).toMatchObject({ id: before!.id, deputyUnitId: seed.unitId("SGDDT"), startedAt: null });
  });

  test("a unit member cannot open or confirm the board's term buttons; nothing is written", async () => {
    const before = await term2027();
    for (const data of [
      termOpen.pack({ year: "2027" }),
      termLeader.pack({ year: "2027", leaderUnitId: seed.unitId("SDL") }),
      termConfirm.pack({ year: "2027", leaderUnitId: seed.unitId("SDL"), deputyUnitId: seed.unitId("SKHCN") }),
    ]) {
      const refused = await readRefusal(h, oldLeader, data);
      expect(refused.toasts[0]).toMatch(refusalText);
    }
    expect(await term2027()).toEqual(before);
    await h.text(oldLeader, "/bloc");
    expect(h.buttonsOf(h.lastCallTo(oldLeader.id)).map((b) => b.text)).not.toContain("🔁 Nhiệm kỳ năm sau");
  });
});

describe("bad input is refused with a clear answer and writes nothing", () => {
  const attempt = async (change: Partial<SetNextTermOptions>) => {
    const before = { terms: await t.db.term.findMany(), audits: await t.db.auditEvent.count() };
    const options: SetNextTermOptions = {
      actor: await actorOf(board),
      blocId: seed.blocId,
      year: 2027,
      leaderUnitId: seed.unitId("SDL"),
      deputyUnitId: seed.unitId("SKHCN"),
      source: "board",
      timeZone,
      now: clock.now,
      ...change,
    };
    const error = await setNextTerm(t.db, options).then(
      () => null,
      (e: { code: string; params: Record<string, string | number> }) => e,
    );
    expect(await t.db.term.findMany()).toEqual(before.terms);
    expect(await t.db.auditEvent.count()).toBe(before.audits);
    const translate = createTranslator({ fallbackLocale: "vi" });
    return error && { code: error.code, vi: translate.t("vi", error.code, error.params) };
  };

  test("a unit of another bloc", async () => {
    const other = await importBloc(t.db, {
      file: {
        bloc: { code: "KG-KTT5", name: "Khối thi đua số 5", province: "Kiên Giang", year: 2026 },
        units: [{ code: "X", name: "Sở X", role: "leader" }],
      },
      actor: operatorActor,
      now: clock.now,
    });
    expect(await attempt({ leaderUnitId: other.units[0]!.id, year: 2028 - 1, replace: true })).toEqual({
      code: "term.error_unit_elsewhere",
      vi: "Đơn vị này không thuộc khối thi đua của bạn.",
    });
  });

  test("the same unit as leader and deputy", async () => {
    expect((await attempt({ deputyUnitId: seed.unitId("SDL") }))?.code).toBe("term.error_same_unit");
  });

  test("the same year twice without the board's replacement", async () => {
    expect((await attempt({}))?.vi).toBe(
      "Nhiệm kỳ năm 2027 đã được đặt (Khối trưởng: Sở Y tế). Muốn thay thì xác nhận thay thế.",
    );
  });

  test("a year in the past, and one too far ahead", async () => {
    expect((await attempt({ year: 2025 }))?.vi).toContain("Năm 2025 đã qua (năm nay là 2026)");
    expect((await attempt({ year: 2029 }))?.code).toBe("term.error_too_far");
  });

  test("a unit member acting as the board, a ballot result without its ballot", async () => {
    expect((await attempt({ actor: await actorOf(oldLeader) }))?.code).toBe("authz.denied");
    expect((await attempt({ actor: await actorOf(oldLeader), source: "ballot" }))?.code).toBe("term.error_no_ballot");
  });
});

describe("1 January 2027 in Asia/Ho_Chi_Minh: leader powers move", () => {
  const termStart = () =>
    createJobs({
      db: t.db,
      timeZone,
      translator: createTranslator({ fallbackLocale: "vi" }),
      defaultLocale: "vi",
      announcementProgress: { name: "announcement-progress", schedule: "* * * * *", run: async () => 0 } as never,
    }).find((job) => job.name === "term-start")!;

  test("nothing moves a millisecond before midnight; at midnight the term starts once", async () => {
    expect(process.env.TZ).toBe("America/New_York");
    expect(await termStart().run(new Date(newYearInstant.getTime() - 1))).toEqual({ started: 0 });
    expect((await term2027())!.startedAt).toBeNull();
    clock.now = newYearInstant;
    expect(await termStart().run(newYearInstant)).toEqual({ started: 1 });
    expect(await termStart().run(newYearInstant)).toEqual({ started: 0 });
    expect((await term2027())!.startedAt).toEqual(newYearInstant);
    expect(await t.db.auditEvent.count({ where: { action: "term.started" } })).toBe(1);
  });

  test("menus of both leader units are set again, and everyone is told through the outbox", async () => {
    h.reset();
    await h.deliver();
    const menuOf = (user: TestUser) =>
      h.calls
        .filter((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === user.id)
        .map((c) => (c.payload.commands as { command: string }[]).map((entry) => entry.command));
    expect(menuOf(oldLeader)).toHaveLength(1);
    expect(menuOf(oldLeader)[0]).not.toContain("invite");
    expect(menuOf(newLeader)[0]).toEqual(expect.arrayContaining(["invite", "members", "announce"]));
    expect(menuOf(member)).toEqual([]);
    expect(menuOf(board)).toEqual([]);
    expect(h.lastTo(newLeader.id)).toContain(
      "From today your unit leads the bloc for 2027 (deputy: Sở Giáo dục và Đào tạo)",
    );
    expect(h.lastTo(oldLeader.id)).toContain("Sở Y tế tiếp nhận vai trò Khối trưởng");
    for (const user of [board, deputy, member])
      expect(h.lastTo(user.id)).toBe(
        "🔁 Từ hôm nay, nhiệm kỳ 2027 của khối bắt đầu: Khối trưởng là Sở Y tế, Khối phó là Sở Giáo dục và Đào tạo (trước đây Khối trưởng là Sở Văn hóa và Thể thao).",
      );
  });

  test("the old leader's /invite is refused, the new leader's works", async () => {
    await h.text(oldLeader, "/invite");
    expect(h.lastTo(oldLeader.id)).toMatch(refusalText);
    await h.text(newLeader, "/invite");
    expect(h.lastTo(newLeader.id)).not.toMatch(/^Sorry/);
    expect(h.buttonsOf(h.lastCallTo(newLeader.id)).length).toBeGreaterThan(0);
  });

  test("the new leader starts the year: last year's one-off report and scale become drafts; last year's stay", async () => {
    const notice = h.calls.find(
      (c) =>
        c.method === "sendMessage" && c.payload.chat_id === newLeader.id && String(c.payload.text).includes("2027"),
    );
    const button = h.buttonsOf(notice).find((b) => b.text === "🗓 Start the new year")!;
    const term = await term2027();
    expect(button.callback_data).toBe(termStartYear.pack({ termId: term!.id }));
    expect((await readRefusal(h, oldLeader, button.callback_data)).toasts[0]).toMatch(refusalText);
    await h.press(newLeader, button.callback_data);
    const reply = h.lastTo(newLeader.id);
    expect(reply).toContain("1 one-off report(s) of last year copied");
    expect(reply).toContain("1 recurring report(s) carry on");
    const copies = await t.db.reportObligation.findMany({ where: { name: "Báo cáo chuyên đề an toàn giao thông" } });
    expect(copies.map((o) => [JSON.parse(o.dueRule).date, o.active])).toEqual([
      ["2026-11-20", true],
      ["2027-11-20", false],
    ]);
    expect(await t.db.reportObligation.count({ where: { name: "Báo cáo tháng" } })).toBe(1);
    const scales = await t.db.scale.findMany({
      orderBy: { year: "asc" },
      include: { _count: { select: { nodes: true } } },
    });
    expect(scales.map((s) => [s.year, s.status])).toEqual([
      [2026, "locked"],
      [2027, "draft"],
    ]);
    expect(scales[1]!._count.nodes).toBe(scales[0]!._count.nodes);
    expect((await readRefusal(h, newLeader, button.callback_data)).toasts[0]).toContain("already started");
    const activate = h.buttonsOf(h.lastCallTo(newLeader.id)).find((b) => b.text === "✅ Activate the scale")!;
    await h.press(newLeader, activate.callback_data);
    expect((await t.db.scale.findFirstOrThrow({ where: { year: 2027 } })).status).toBe("active");
  });

  test("last year's reports, scale and review are still shown to the new leader", async () => {
    await h.text(newLeader, "/reports");
    const reports = h.textsTo(newLeader.id).slice(-2).join("\n");
    expect(reports).toContain("Báo cáo chuyên đề an toàn giao thông");
    const from = h.textsTo(newLeader.id).length;
    await h.text(newLeader, "/scale 2026");
    expect(h.textsTo(newLeader.id).slice(from)[0]).toContain("2026");
    await h.text(newLeader, "/review");
    expect(h.lastTo(newLeader.id)).toContain("2026");
  });
});
