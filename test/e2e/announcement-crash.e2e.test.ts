// The promise of an announcement, end to end: the real bot process (node --import tsx src/main.ts, polling) talks HTTP
// to our fake Bot API; it is killed with SIGKILL in the middle of the broadcast and started again. Every recipient
// must get the announcement, duplicates stay within the sends in flight at the kill, and the progress message and
// the final report still come out right.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi, type SentMessage } from "../support/fake-bot-api/fake-bot-api.js";
import {
  runAppToEnd,
  e2eDatabase,
  fakeApiEnv,
  makeE2eWorkDir,
  startBotProcess,
  waitFor,
  type AppEnv,
  type Child,
} from "./processes.js";

let api: FakeBotApi;
let workDir: string;
let database: Awaited<ReturnType<typeof e2eDatabase>>;
let env: AppEnv;
let bot: Child | undefined;
const leader = { id: 810_000, first_name: "Nghiệp", language_code: "vi" };
const text = "Kính gửi các đơn vị: hội nghị ký kết giao ước thi đua họp lúc 08:00 ngày 20/03/2018.";

beforeAll(async () => {
  api = await startFakeBotApi();
  workDir = makeE2eWorkDir("e2e-announce-");
  database = await e2eDatabase(workDir);
  env = fakeApiEnv(api, database.url);
});
afterAll(async () => {
  bot?.killHard();
  await api.stop();
  rmSync(workDir, { recursive: true, force: true });
  await database.drop();
});

const startBot = () => startBotProcess(env);

// A person's message, and the bot's next message to them after it.
async function say(
  user: { id: number },
  what: () => unknown,
  match: (m: SentMessage) => boolean = () => true,
): Promise<SentMessage> {
  const before = api.sent(user.id).length;
  what();
  return waitFor("the bot's answer", () => api.sent(user.id).slice(before).find(match), {
    timeoutMs: 10_000,
    context: () => bot?.tail() ?? "",
  });
}

const announcementsTo = (chatId: number) =>
  api.sent(chatId).filter((m) => m.text?.includes("hội nghị ký kết giao ước"));

test("kill -9 mid-broadcast: after a restart every recipient has the announcement, the progress message ends right, one report", async () => {
  const cli = await runAppToEnd(
    "src/cli/main.ts",
    ["bloc", "import", "examples/bloc-4-kien-giang-2018.json", "--json"],
    env,
  );
  expect(cli.code, cli.stderr).toBe(0);
  const invites = JSON.parse(cli.stdout) as { unit: string; role: string; token: string }[];
  bot = await startBot();

  const leaderInvite = invites.find((row) => row.unit === "SVHTT" && row.role === "signatory")!;
  await say(leader, () => api.sendText(leader, `/start ${leaderInvite.token}`));
  const recipients = invites
    .filter((row) => row !== leaderInvite)
    .map((row, i) => ({ id: 810_001 + i, first_name: `Người ${i + 1}`, language_code: "vi", token: row.token }));
  for (const person of recipients) await say(person, () => api.sendText(person, `/start ${person.token}`));

  await say(leader, () => api.sendText(leader, "/announce"));
  await say(leader, () => api.sendText(leader, text));
  const audience = await say(
    leader,
    () => api.pressButton(leader, "af"),
    (m) => m.text === "Gửi tới ai?" || (m.text ?? "").startsWith("Gửi thông báo này tới ai"),
  );
  const summary = await say(
    leader,
    () => api.pressButton(leader, "aa:everyone", { chatId: leader.id, messageId: audience.messageId }),
    (m) => (m.text ?? "").includes("Số người nhận"),
  );
  expect(summary.text).toContain(`Số người nhận: ${recipients.length}`);

  // Slow answers keep sends in flight, so the kill lands mid-broadcast.
  api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 700 } });
  api.pressButton(leader, "as:0", { chatId: leader.id, messageId: summary.messageId });
  await waitFor(
    "the first recipients to get it",
    () => recipients.filter((p) => announcementsTo(p.id).length > 0).length >= 2 || undefined,
    { timeoutMs: 20_000, context: () => bot!.tail() },
  );
  bot.killHard();
  await bot.exited;
  const reachedBeforeKill = recipients.filter((p) => announcementsTo(p.id).length > 0).length;
  expect(reachedBeforeKill).toBeLessThan(recipients.length);
  api.clearFaults();

  bot = await startBot();
  const progressText = () =>
    api.chatMessages(leader.id).find((m) => m.message_id === summary.messageId)?.text as string | undefined;
  await waitFor(
    "the progress message to say it is done",
    () => (progressText()?.startsWith("Đã gửi xong thông báo.") ? true : undefined),
    { timeoutMs: 30_000, context: () => `${progressText()}\n${bot!.tail()}` },
  );
  expect(progressText()).toContain(`Đã gửi ${recipients.length}/${recipients.length} · 0 lỗi`);

  const counts = recipients.map((p) => announcementsTo(p.id).length);
  expect(
    counts.every((n) => n >= 1),
    `per recipient: ${counts.join(",")}`,
  ).toBe(true);
  const duplicates = counts.reduce((sum, n) => sum + n - 1, 0);
  // Only rows still "sending" at the kill can be resent: in flight plus sent-but-unrecorded, at most
  // concurrency + flushRows = 18 at the default 30/s (README, crash safety).
  expect(duplicates).toBeLessThanOrEqual(18);

  const report = await waitFor(
    "the final report",
    () => api.sent(leader.id).find((m) => m.text?.startsWith("Báo cáo gửi thông báo")),
    { timeoutMs: 10_000 },
  );
  expect(report.text).toContain(`tất cả ${recipients.length} người nhận đã nhận được tin`);
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  expect(api.sent(leader.id).filter((m) => m.text?.startsWith("Báo cáo gửi thông báo"))).toHaveLength(1);

  // A recipient acknowledges through the real protocol.
  const first = recipients[0]!;
  const received = announcementsTo(first.id)[0]!;
  api.pressButton(
    first,
    (received.replyMarkup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]![0]!.callback_data,
    { chatId: first.id, messageId: received.messageId },
  );
  await waitFor("the acknowledgement to show on the button", () => {
    const markup = api.chatMessages(first.id).find((m) => m.message_id === received.messageId)?.reply_markup as
      { inline_keyboard: { text: string }[][] } | undefined;
    return markup?.inline_keyboard[0]![0]!.text.startsWith("✅ Đã nhận lúc") || undefined;
  });
}, 120_000);
