import { afterAll, beforeAll, expect, test } from "vitest";
import { claimMessages } from "../../src/domain/delivery/claim-messages.js";
import { enqueueMessages } from "../../src/domain/delivery/enqueue-messages.js";
import { findDueMessages } from "../../src/domain/delivery/find-due-messages.js";
import { markSentBatch } from "../../src/domain/delivery/mark-sent-batch.js";
import { releaseClaims } from "../../src/domain/delivery/release-claims.js";
import { recoverInterruptedSends } from "../../src/domain/delivery/recover-interrupted-sends.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
// A claim by replica "a" that holds for one second.
const claim = (seconds: number) => ({ now: at(seconds), claimant: "a", until: at(seconds + 1) });
const messages = (count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => ({ recipientKey: `chat:${offset + i}`, chatId: offset + i, text: `m${i}` }));

test("enqueueing the same intent twice adds nothing", async () => {
  const first = await t.db.$transaction((tx) =>
    enqueueMessages(tx, { intentId: "dup", messages: messages(3, 900), now: at(0) }),
  );
  const second = await t.db.$transaction((tx) =>
    enqueueMessages(tx, { intentId: "dup", messages: messages(3, 900), now: at(1) }),
  );
  expect([first, second]).toEqual([3, 0]);
  expect(await t.db.outboxMessage.count({ where: { intentId: "dup" } })).toBe(3);
  await t.db.outboxMessage.deleteMany({ where: { intentId: "dup" } });
});

test("every column of an enqueued message reads back as it was given, on the engine's own types", async () => {
  const buttons = [[{ label: { key: "announcements.ack" }, action: { kind: "ack", announcementId: "x" } }]];
  const added = await t.db.$transaction((tx) =>
    enqueueMessages(tx, {
      intentId: "columns",
      blocId: null,
      now: at(20),
      notBefore: at(80),
      messages: [
        {
          recipientKey: "person:p1",
          chatId: -1_001_234_567_890_123n,
          personId: null,
          kind: "photo",
          text: "Ảnh: «quote» \\ 'x' \"y\" \n dòng",
          textKey: "reports.reminder",
          textParams: { unit: "Sở Tư pháp", due: { dateTime: at(3).toISOString() }, lines: ["a", { key: "b" }] },
          fileId: "AgACAgQAAxk",
          storedFileId: "stored1",
          buttons: buttons as never,
          pin: true,
          replyToMessageId: 9_007_199_254_740_993n,
        },
        { recipientKey: "chat:2", chatId: 2, text: "" },
      ],
    }),
  );
  expect(added).toBe(2);
  const [plain, full] = await t.db.outboxMessage.findMany({ where: { intentId: "columns" }, orderBy: { key: "asc" } });
  expect(plain).toMatchObject({ key: "columns|chat:2", chatId: 2n, kind: "text", text: "", textKey: null });
  expect(plain).toMatchObject({
    textParams: null,
    fileId: null,
    replyMarkup: null,
    pin: false,
    replyToMessageId: null,
  });
  expect(full).toMatchObject({
    key: "columns|person:p1",
    blocId: null,
    personId: null,
    chatId: -1_001_234_567_890_123n,
    kind: "photo",
    text: "Ảnh: «quote» \\ 'x' \"y\" \n dòng",
    textKey: "reports.reminder",
    fileId: "AgACAgQAAxk",
    storedFileId: "stored1",
    pin: true,
    replyToMessageId: 9_007_199_254_740_993n,
    state: "pending",
    attempts: 0,
    nextAttemptAt: at(80),
    createdAt: at(20),
    updatedAt: at(20),
  });
  expect(JSON.parse(full!.textParams!)).toEqual({
    unit: "Sở Tư pháp",
    due: { dateTime: at(3).toISOString() },
    lines: ["a", { key: "b" }],
  });
  expect(JSON.parse(full!.replyMarkup!)).toEqual({ buttons });
  expect(full!.id).not.toBe(plain!.id);
  await t.db.outboxMessage.deleteMany({ where: { intentId: "columns" } });
});

test("a big broadcast does not starve a later reminder: due rows are interleaved across intents", async () => {
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "broadcast", messages: messages(50), now: at(0) }));
  await t.db.$transaction((tx) =>
    enqueueMessages(tx, { intentId: "reminder", messages: messages(2, 1000), now: at(5) }),
  );
  const due = await findDueMessages(t.db, { now: at(10), limit: 6 });
  expect(due.map((m) => m.intentId)).toEqual(["broadcast", "reminder", "broadcast", "reminder", "broadcast"]);
  expect(due.filter((m) => m.intentId === "broadcast").map((m) => m.text)).toEqual(["m0", "m1", "m2"]);
  expect(await findDueMessages(t.db, { now: at(-1), limit: 6 })).toEqual([]);
});

test("an interrupted send is retried once after a restart, and fails if interrupted again", async () => {
  const [row] = await findDueMessages(t.db, { now: at(10), limit: 1 });
  expect(await claimMessages(t.db, { ids: [row!.id], ...claim(11) })).toHaveLength(1);
  expect(await claimMessages(t.db, { ids: [row!.id], ...claim(11) })).toEqual([]);
  expect(await recoverInterruptedSends(t.db, { now: at(12), exclusive: true })).toEqual({ retried: 1, failed: 0 });
  expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
    state: "pending",
    recovered: true,
    attempts: 1,
  });
  await claimMessages(t.db, { ids: [row!.id], ...claim(13) });
  expect(await recoverInterruptedSends(t.db, { now: at(14), exclusive: true })).toEqual({ retried: 0, failed: 1 });
  expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
    state: "failed",
    attempts: 2,
  });
});

test("sent outcomes are written in one batch, each with its own Telegram message id; released claims go back uncounted", async () => {
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "batch", messages: messages(3, 2000), now: at(20) }));
  const rows = await findDueMessages(t.db, { now: at(21), limit: 10 });
  const batch = rows.filter((row) => row.intentId === "batch");
  const claimed = await claimMessages(t.db, { ids: batch.map((row) => row.id), ...claim(22) });
  expect(claimed.map((row) => row.state)).toEqual(["sending", "sending", "sending"]);
  await releaseClaims(t.db, { ids: [batch[2]!.id], now: at(23) });
  await markSentBatch(t.db, [
    { id: batch[0]!.id, messageId: 501, sentAt: at(24) },
    { id: batch[1]!.id, messageId: 502, pinError: "400: not enough rights", sentAt: at(25) },
    // Not "sending" any more: left alone.
    { id: batch[2]!.id, messageId: 503, sentAt: at(25) },
  ]);
  const after = await t.db.outboxMessage.findMany({ where: { intentId: "batch" }, orderBy: { chatId: "asc" } });
  expect(
    after.map((row) => [
      row.state,
      row.telegramMessageId,
      row.pinError,
      row.sentAt?.toISOString() ?? null,
      row.attempts,
    ]),
  ).toEqual([
    ["sent", 501n, null, at(24).toISOString(), 1],
    ["sent", 502n, "400: not enough rights", at(25).toISOString(), 1],
    ["pending", null, null, null, 0],
  ]);
});
