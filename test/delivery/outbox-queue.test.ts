import { afterAll, beforeAll, expect, test } from "vitest";
import { claimMessage } from "../../src/domain/delivery/claim-message.js";
import { enqueueMessages } from "../../src/domain/delivery/enqueue-messages.js";
import { findDueMessages } from "../../src/domain/delivery/find-due-messages.js";
import { recoverInterruptedSends } from "../../src/domain/delivery/recover-interrupted-sends.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
const messages = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => ({ recipientKey: `chat:${offset + i}`, chatId: offset + i, text: `m${i}` }));

test("enqueueing the same intent twice adds nothing", async () => {
  const first = await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "dup", messages: messages(3, 900), now: at(0) }));
  const second = await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "dup", messages: messages(3, 900), now: at(1) }));
  expect([first, second]).toEqual([3, 0]);
  expect(await t.db.outboxMessage.count({ where: { intentId: "dup" } })).toBe(3);
  await t.db.outboxMessage.deleteMany({ where: { intentId: "dup" } });
});

test("a big broadcast does not starve a later reminder: due rows are interleaved across intents", async () => {
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "broadcast", messages: messages(50), now: at(0) }));
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "reminder", messages: messages(2, 1000), now: at(5) }));
  const due = await findDueMessages(t.db, { now: at(10), limit: 6 });
  expect(due.map((m) => m.intentId)).toEqual(["broadcast", "reminder", "broadcast", "reminder", "broadcast"]);
  expect(due.filter((m) => m.intentId === "broadcast").map((m) => m.text)).toEqual(["m0", "m1", "m2"]);
  expect(await findDueMessages(t.db, { now: at(-1), limit: 6 })).toEqual([]);
});

test("an interrupted send is retried once after a restart, and fails if interrupted again", async () => {
  const [row] = await findDueMessages(t.db, { now: at(10), limit: 1 });
  expect(await claimMessage(t.db, { id: row!.id, now: at(11) })).toBe(true);
  expect(await claimMessage(t.db, { id: row!.id, now: at(11) })).toBe(false);
  expect(await recoverInterruptedSends(t.db, { now: at(12) })).toEqual({ retried: 1, failed: 0 });
  expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ state: "pending", recovered: true, attempts: 1 });
  await claimMessage(t.db, { id: row!.id, now: at(13) });
  expect(await recoverInterruptedSends(t.db, { now: at(14) })).toEqual({ retried: 0, failed: 1 });
  expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ state: "failed", attempts: 2 });
});
