// An update whose process is killed mid-handler is not lost: the real bot process (polling our fake Bot API) is
// killed with SIGKILL while its answer to /newdraft is still on the wire; Telegram gives the unconfirmed update
// again to the restarted process, which handles it instead of skipping it as a duplicate.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import {
  parseJsonLines,
  runAppToEnd,
  e2eDatabase,
  fakeApiEnv,
  makeE2eWorkDir,
  startBotProcess,
  waitFor,
  withDatabase,
  type AppEnv,
  type Child,
} from "./processes.js";

let api: FakeBotApi;
let workDir: string;
let env: AppEnv;
let database: Awaited<ReturnType<typeof e2eDatabase>>;
let bot: Child | undefined;
const leader = { id: 820_000, first_name: "Nghiệp", language_code: "vi" };

beforeAll(async () => {
  api = await startFakeBotApi();
  workDir = makeE2eWorkDir("e2e-update-");
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

const openWizards = () => withDatabase(database.url, (db) => db.conversation.count({ where: { kind: "newdraft" } }));
const askedForFile = () => api.sent(leader.id).filter((m) => (m.text ?? "").includes("Hãy gửi tệp dự thảo"));

test("kill -9 while handling /newdraft: after a restart the same update is handled once, not skipped", async () => {
  const cli = await runAppToEnd(
    "src/cli/main.ts",
    ["bloc", "import", "examples/bloc-4-kien-giang-2018.json", "--json"],
    env,
  );
  expect(cli.code, cli.stderr).toBe(0);
  const invites = JSON.parse(cli.stdout) as { unit: string; role: string; token: string }[];
  const token = invites.find((row) => row.unit === "SVHTT" && row.role === "signatory")!.token;
  bot = await startBot();
  const before = api.sent(leader.id).length;
  api.sendText(leader, `/start ${token}`);
  await waitFor("the welcome", () => api.sent(leader.id).length > before || undefined, { timeoutMs: 10_000 });

  // The answer hangs, so the process is inside the handler when it is killed.
  api.fail({ method: "sendMessage", chatId: leader.id, times: 1, reply: { kind: "slow", ms: 60_000 } });
  api.sendText(leader, "/newdraft");
  await waitFor("the wizard to open", async () => ((await openWizards()) > 0 ? true : undefined), {
    timeoutMs: 10_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 300)); // its answer is now on the wire, held by the fault
  bot.killHard();
  await bot.exited;
  api.clearFaults();
  expect(askedForFile()).toHaveLength(0);

  bot = await startBot();
  await waitFor("the resent /newdraft to be answered", () => askedForFile()[0], {
    timeoutMs: 15_000,
    context: () => bot!.tail(),
  });
  // Handled once after the restart: a further poll does not bring it again.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(askedForFile()).toHaveLength(1);
  expect(parseJsonLines(bot.lines()).some((line) => line.msg === "duplicate update skipped")).toBe(false);
}, 90_000);
