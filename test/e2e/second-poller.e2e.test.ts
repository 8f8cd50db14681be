// Two bot processes polling with one token (each on its own database, as on two machines): Telegram ends the
// older getUpdates with 409 Conflict. The newcomer stops with one readable line and exit code 78 (not a crash
// loop: the systemd unit does not restart on it); the bot that was running carries on answering.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import {
  fakeApiEnv,
  makeE2eWorkDir,
  parseJsonLines,
  runApp,
  startBotProcess,
  waitFor,
  type Child,
} from "./processes.js";

let api: FakeBotApi;
let workDir: string;
let first: Child | undefined;
let second: Child | undefined;

beforeAll(async () => {
  api = await startFakeBotApi();
  workDir = makeE2eWorkDir("e2e-poller-");
});
afterAll(async () => {
  first?.killHard();
  second?.killHard();
  await api.stop();
  rmSync(workDir, { recursive: true, force: true });
});

test("a second poller on the same bot is refused with a clear error; the first keeps working", async () => {
  first = await startBotProcess({ ...fakeApiEnv(api, `file:${path.join(workDir, "a.db")}`), REPLICA_ID: "first" });
  // The first has been polling for longer than a newcomer's window (5 s) when the second one starts.
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  second = runApp("src/main.ts", [], {
    ...fakeApiEnv(api, `file:${path.join(workDir, "b.db")}`),
    REPLICA_ID: "second",
  });
  const exit = await waitFor("the second poller to stop", () => second!.exit ?? undefined, {
    timeoutMs: 40_000,
    context: () => `${second!.tail()}\n--- first ---\n${first!.tail()}`,
  });
  expect(exit.code, second.tail()).toBe(78);
  const fatal = parseJsonLines(second.lines()).filter((line) => line.level === 60);
  expect(fatal.map((line) => [line.msg, line.replica])).toEqual([
    [
      "another bot process is already polling Telegram with this token: stop it first, or run several replicas in webhook mode",
      "second",
    ],
  ]);
  expect(second.stdout() + second.stderr()).not.toMatch(/^\s+at /m);

  // The first one polls again and answers a person.
  const person = { id: 830_001, first_name: "Lan", language_code: "vi" };
  const before = api.sent(person.id).length;
  api.sendText(person, "/start");
  await waitFor("the first bot's answer", () => api.sent(person.id)[before], {
    timeoutMs: 15_000,
    context: () => first!.tail(),
  });
  expect(first.exit).toBeNull();
  const warned = parseJsonLines(first.lines()).filter((line) => line.msg?.startsWith("another process polled"));
  expect(warned.length).toBeGreaterThan(0);
}, 90_000);
