// What an operator watches on the real bot process in polling mode: GET /healthz on the optional PORT, and a
// Telegram that is not reachable yet at start, told in one readable line per retry.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import {
  e2eDatabase,
  fakeApiEnv,
  freePort,
  makeE2eWorkDir,
  parseJsonLines,
  startBotProcess,
  waitFor,
  type Child,
} from "./processes.js";

let api: FakeBotApi;
let workDir: string;
let database: Awaited<ReturnType<typeof e2eDatabase>>;
let bot: Child | undefined;

beforeAll(async () => {
  api = await startFakeBotApi();
  workDir = makeE2eWorkDir("e2e-health-");
  database = await e2eDatabase(workDir);
});
afterAll(async () => {
  bot?.killHard();
  await api.stop();
  rmSync(workDir, { recursive: true, force: true });
  await database.drop();
});

test("polling mode: getMe retries are one readable line each, and PORT serves /healthz", async () => {
  api.fail({ method: "getMe", times: 1, reply: { kind: "5xx", status: 502 } });
  api.fail({ method: "getMe", times: 1, reply: { kind: "drop" } });
  const port = await freePort();
  bot = await startBotProcess({ ...fakeApiEnv(api, database.url), PORT: String(port) });

  const retries = parseJsonLines(bot.lines()).filter((line) => line.msg?.startsWith("cannot reach Telegram yet"));
  expect(retries, bot.tail()).toHaveLength(2);
  expect(retries[0]!.msg).toBe("cannot reach Telegram yet (502: Bad Gateway); attempt 2 of 6 in 1 s");
  expect(retries[1]!.msg).toMatch(/^cannot reach Telegram yet \(.*socket hang up.*\); attempt 3 of 6 in 2 s$/);
  for (const line of retries) {
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line).length).toBeLessThan(600);
  }

  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    ok: true,
    database: "ok",
    outbox: { overdue: 0, senderFailing: false },
  });
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);

  // The same port serves Prometheus' scrape; the update below is counted once handled.
  api.sendText(5151, "/help");
  await waitFor("the answer to /help", () => api.sent(5151)[0], { context: () => bot!.tail() });
  const metrics = await waitFor("the update in /metrics", async () => {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return text.includes('khoi_updates_total{outcome="handled"} 1') ? text : undefined;
  });
  expect(metrics).toContain("khoi_outbox_due 0");

  bot.proc.kill("SIGTERM");
  const exit = await waitFor("the bot to stop", () => bot!.exit ?? undefined, { context: () => bot!.tail() });
  expect(exit.code).toBe(0);
}, 60_000);
