import { TelegramError } from "telegraf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The progress message is kept by the "announcement-progress" job: each minute, and whenever the outbox sender has
// recorded outcomes, so a broadcast is shown done and reported without any polling loop.
let t: TestDb;
let h: BotHarness;
const leader = makeUser("Nghiệp");
const members = ["BDT", "SYT", "SDL"].map((code) => ({ code, user: makeUser(`Ký ${code}`) }));
const logger = createLogger({ level: "silent", pretty: false });

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db);
  h = createBotHarness({ db: t.db, progressWakeMs: 20 });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  for (const { code, user } of members) await h.text(user, `/start ${await seed.invite(code, "signatory")}`);
  await t.db.outboxMessage.deleteMany();
});
afterAll(async () => {
  await h.progressJob.stop();
  await t.close();
});

async function announce(text: string, messageId: number) {
  await h.text(leader, "/announce");
  await h.text(leader, text);
  await h.press(leader, "af");
  await h.press(leader, "aa:everyone");
  await h.press(leader, "as:0", "…", { messageId });
  return t.db.announcement.findFirstOrThrow({ where: { text } });
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the announcement-progress job", () => {
  test("woken by the sender: the progress message ends done with its button, and the report follows", async () => {
    h.failNextCall(
      "sendMessage",
      new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" }),
      members[2]!.user.id,
    );
    const announcement = await announce("Họp giao ban lúc 8:00.", 6161);
    await h.deliver();
    // No h.progress(): only the sender's wake-ups run the job here.
    const done = await eventually("the final progress edit", () =>
      h.calls.find(
        (c) =>
          c.method === "editMessageText" &&
          c.payload.message_id === 6161 &&
          String(c.payload.text).startsWith("Đã gửi xong"),
      ),
    );
    expect(done.payload.text).toContain("Đã gửi 2/3 · 1 lỗi");
    expect(h.buttonsOf(done)).toEqual([{ text: "Xem ai đã nhận", callback_data: `av:${announcement.id}` }]);
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: announcement.id } })).state).toBe("done");
    await h.deliver();
    expect(h.lastTo(leader.id)).toContain("2/3 người nhận đã nhận được tin");
    expect(h.lastTo(leader.id)).toContain("Ký SDL Test");
  });

  test("every minute in the scheduler's list; without a Telegram client (cli jobs run, no token) it does nothing", async () => {
    const announcement = await announce("Nộp báo cáo trước thứ Sáu.", 6262);
    const headless = createAnnouncementProgressJob({ db: t.db, clock: () => new Date(), logger });
    const jobs = createJobs({
      db: t.db,
      timeZone: "Asia/Ho_Chi_Minh",
      translator: createTranslator({ fallbackLocale: "vi" }),
      defaultLocale: "vi",
      announcementProgress: headless,
    });
    const job = jobs.find((j) => j.name === "announcement-progress")!;
    expect(job.schedule).toBe("* * * * *");
    await h.progressJob.stop();
    await h.deliver();
    expect(await job.run(new Date())).toEqual({ skipped: "no Telegram client to edit progress messages" });
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: announcement.id } })).state).toBe("sending");
    // The bot's own run completes it.
    await h.progress();
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: announcement.id } })).state).toBe("done");
  });

  test("runs never overlap: one asked for during another runs right after it", async () => {
    await announce("Kiểm tra trùng lặp.", 6363);
    let active = 0;
    let most = 0;
    let passes = 0;
    const job = createAnnouncementProgressJob({
      db: t.db,
      clock: () => new Date(),
      logger,
      show: async () => {
        passes++;
        most = Math.max(most, ++active);
        await new Promise((resolve) => setTimeout(resolve, 30));
        active--;
      },
    });
    await Promise.all([job.run(new Date()), job.run(new Date()), job.run(new Date())]);
    expect(most).toBe(1);
    // The first run and one run for the two that asked meanwhile.
    expect(passes).toBe(2);
  });
});
