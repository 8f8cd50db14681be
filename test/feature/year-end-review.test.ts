// The review runs on a machine whose clock is not in Vietnam: every instant below is Asia/Ho_Chi_Minh's.
process.env.TZ = "America/Los_Angeles";

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { getRoundRanking } from "../../src/domain/scoring/results/get-round-ranking.js";
import { saveSelfEntry } from "../../src/domain/scoring/sheets/save-self-entry.js";
import type { SheetValue } from "../../src/domain/scoring/sheets/sheet-value.js";
import { convertWithSoffice, soffice } from "../documents/fixtures/render-pdf.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { readRefusal } from "../support/read-refusal.js";
import { importReviewScale, seedReportingPeriod } from "../support/review-round.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The whole year-end review of the seven units of the example bloc on the shipped 100-point scale, through the bot
// over the fake Bot API: a year of reports gives the deductions; the leader opens the round with its own reminder
// time; two units fill in the chat, two by the .xlsx round trip, two more are entered by their signatories; one is
// late (reminders and escalations at exact instants, an extension, then it submits); one is adjusted, explains,
// and is decided again; the board reviews the leader unit's own sheet; the ranking is previewed, published and read.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let leaf: (path: string) => string;
let clock = new Date("2026-12-01T03:00:00Z");
const at = (iso: string) => (clock = new Date(iso));

type User = { id: number; first_name: string; last_name: string; language_code: string };
const person = (id: number, first_name: string): User => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(960_001, "Trưởng khối");
const board = person(960_002, "Ban TĐKT");
const codes = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"] as const;
type Code = (typeof codes)[number];
const signatory = Object.fromEntries(
  codes.map((code, i) => [code, code === "SVHTT" ? leader : person(960_010 + i, `Ký ${code}`)]),
) as Record<Code, User>;
const skhcnLiaison = person(960_030, "LL SKHCN");
const sytLiaison = person(960_031, "LL SYT");

const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
async function press(user: User, label: string | RegExp) {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  const button = buttonsOf(message.replyMarkup).find((b) => matches(b.text))!;
  await h.press(user, button.callback_data, { chatId: user.id, messageId: message.messageId });
}
const sheetOf = (code: Code) =>
  t.db.scoreSheet.findFirstOrThrow({ where: { unitId: seed.unitId(code) }, include: { entries: true } });
const personId = async (user: User) =>
  (await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } })).id;
const actorOf = (user: User): Promise<Actor> => loadActor(t.db, { telegramId: user.id });

// Each unit's own figures (self layer); II.3 is computed from its reporting record.
const figures: Record<Code, Record<string, SheetValue>> = {
  SVHTT: sheet({ "I.1": [100, 100], "I.2": 14, "I.3": [100, 100], "II.1": 9, "III.2": 5, "IV.1": 1 }),
  BDT: sheet({ "I.1": [110, 100], "I.2": 15, "I.3": [100, 100], "II.1": 10, "III.2": 5, "IV.1": 2 }),
  SGDDT: sheet({ "I.1": [100, 100], "I.2": 15, "I.3": [100, 100], "II.1": 10, "III.2": 5, "IV.1": 5 }),
  SDL: sheet({ "I.1": [100, 100], "I.2": 12, "I.3": [80, 100], "II.1": 7, "II.4": false, "III.2": 3, "IV.1": 0 }),
  SLDTBXH: sheet({ "I.1": [90, 100], "I.2": 15, "I.3": [100, 100], "II.1": 10, "III.2": 5, "IV.1": 3 }),
  SKHCN: sheet({ "I.1": [100, 100], "I.2": 10, "I.3": [100, 100], "II.1": 8, "III.1": false, "III.2": 2, "IV.1": 0 }),
  SYT: sheet({ "I.1": [105, 100], "I.2": 15, "I.3": [100, 100], "II.1": 10, "II.5": 1, "III.2": 5, "IV.1": 2 }),
};

// The leaves given, the pass/fail leaves passed unless given false, II.5 (reprimands) 0 unless given.
function sheet(given: Record<string, number | boolean | [number, number]>): Record<string, SheetValue> {
  const kinds: Record<string, "target" | "direct" | "pass_fail" | "count"> = {
    "I.1": "target",
    "I.2": "direct",
    "I.3": "target",
    "II.1": "direct",
    "II.2": "pass_fail",
    "II.4": "pass_fail",
    "II.5": "count",
    "III.1": "pass_fail",
    "III.2": "count",
    "IV.1": "count",
  };
  const out: Record<string, SheetValue> = {};
  for (const [path, kind] of Object.entries(kinds)) {
    const value = given[path];
    if (kind === "target") {
      const [result, target] = value as [number, number];
      out[path] = { assigned: true, result, target };
    } else if (kind === "direct") out[path] = { assigned: true, points: value as number };
    else if (kind === "pass_fail") out[path] = { assigned: true, passed: value !== false };
    else out[path] = { assigned: true, count: (value as number | undefined) ?? 0 };
  }
  return out;
}

// What a person types for a leaf in the chat.
const typed = (value: SheetValue) =>
  value.result !== undefined
    ? `${value.result}/${value.target}`
    : value.passed !== undefined
      ? value.passed
        ? "đạt"
        : "không"
      : String(value.points ?? value.count);

async function fillInChat(code: Code, user: User) {
  for (const [path, value] of Object.entries(figures[code])) {
    await h.text(user, "/sheet");
    await press(user, new RegExp(`^📂 ${path.split(".")[0]}\\. `));
    await press(user, `✏️ ${path}`);
    await h.text(user, typed(value));
    expect(h.lastTo(user.id)).toContain(`Đã lưu: ${path} =`);
  }
}

async function fillThroughDomain(code: Code, user: User) {
  const actor = await actorOf(user);
  const { id: sheetId } = await sheetOf(code);
  for (const [path, value] of Object.entries(figures[code]))
    await saveSelfEntry(t.db, { actor, sheetId, nodeId: leaf(path), value, now: clock });
}

// The round trip in the chat: the unit downloads its pre-filled .xlsx from /sheet, fills it in "Excel" (cells found
// by their header and the hidden node column) and sends it back; the bot validates and saves every figure.
async function fillByXlsx(code: Code, user: User) {
  await h.text(user, "/sheet");
  await press(user, "📥 Bảng điểm Excel");
  const download = h.api.sent(user.id).at(-1)!;
  expect(download.file?.fileName).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(h.api.fileBytes(download.file!.file_id)! as never);
  const ws = workbook.worksheets[0]!;
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).includes("_node")) headerRow = n;
  });
  const header = ws.getRow(headerRow);
  const column = (title: string) => {
    for (let c = 1; c <= header.cellCount; c++) if (header.getCell(c).value === title) return c;
    throw new Error(`no column ${title}`);
  };
  const rowOf = (path: string) => {
    for (let r = headerRow + 1; r <= ws.rowCount; r++)
      if (ws.getCell(r, column("_node")).value === leaf(path)) return r;
    throw new Error(`no row ${path}`);
  };
  for (const [path, value] of Object.entries(figures[code])) {
    const cell = (title: string) => ws.getCell(rowOf(path), column(title));
    if (value.result !== undefined) {
      cell("Kết quả").value = value.result;
      cell("Chỉ tiêu").value = value.target!;
    } else if (value.passed !== undefined) cell("Đạt (x)").value = value.passed ? "x" : "";
    else if (value.points !== undefined) cell("Điểm").value = value.points;
    else cell("Số lần").value = value.count!;
  }
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());
  const file = h.api.addFile(filled, { fileName: download.file!.fileName! });
  await h.document(user, file.file_id);
  expect(h.lastTo(user.id)).toContain("Đã lưu bảng điểm:");
}

const outbox = (where: { intentId?: string | { startsWith: string }; personId?: string }) =>
  t.db.outboxMessage.findMany({ where, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, clock);
  h = await createApiHarness({ db: t.db, now: () => clock });
  for (const code of codes) await h.text(signatory[code], `/start ${await seed.invite(code, "signatory")}`);
  await h.text(skhcnLiaison, `/start ${await seed.invite("SKHCN", "liaison")}`);
  await h.text(sytLiaison, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  ({ leaf } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now: clock }));
  // A year of monthly reports, due on the 20th at 17:00: BDT once late, SDL twice late, SKHCN once missing.
  for (let month = 1; month <= 11; month++) {
    const dueAt = new Date(Date.UTC(2026, month - 1, 20, 10, 0, 0));
    const late = new Date(dueAt.getTime() + 2 * 864e5);
    const onTime = new Date(dueAt.getTime() - 864e5);
    const submissions: Record<string, Date | null> = {};
    for (const code of codes) submissions[seed.unitId(code)] = onTime;
    if (month === 3) submissions[seed.unitId("BDT")] = late;
    if (month === 4 || month === 9) submissions[seed.unitId("SDL")] = late;
    if (month === 6) submissions[seed.unitId("SKHCN")] = null;
    await seedReportingPeriod(t.db, { blocId: seed.blocId, dueAt, key: `2026-${month}`, submissions });
  }
}, 120_000);
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("the year-end review, end to end", { timeout: 120_000 }, () => {
  test("the leader opens the round with reminders at 07:30; every sheet has its reporting deduction", async () => {
    await h.text(leader, "/review open 15/12/2026 17:00");
    expect(h.lastTo(leader.id)).toContain("3, 1, 0 ngày làm việc trước hạn, lúc 08:00");
    await press(leader, "🕗 Đổi giờ nhắc");
    await h.text(leader, "7h30");
    expect(h.lastTo(leader.id)).toBe("Không đọc được giờ nhắc. Nhập dạng HH:mm, ví dụ 08:00.");
    await h.text(leader, "07:30");
    expect(h.lastTo(leader.id)).toContain("lúc 07:30");
    expect(h.lastTo(leader.id)).toContain("hạn giải trình: 22/12/2026 17:00");
    await press(leader, "✅ Mở đợt");
    expect(h.lastTo(leader.id)).toContain("Tổng kết năm 2026, hạn nộp phiếu 15/12/2026 17:00");
    expect(h.lastTo(leader.id)).toContain("Đã nộp 0/7 phiếu · đã chốt 0 · trễ hạn 0");
    const round = await t.db.reviewRound.findFirstOrThrow();
    expect([round.reminders, round.reminderTime]).toEqual(["[3,1,0]", "07:30"]);
    const deduction = async (code: Code) =>
      (await sheetOf(code)).entries.find((e) => e.nodeId === leaf("II.3") && e.layer === "self")?.points;
    expect(await Promise.all(codes.map(deduction))).toEqual([5, 4.5, 5, 4, 5, 4, 5]);
  });

  test("two units fill in the chat, two by the .xlsx sheet, two through their signatories; six submit", async () => {
    at("2026-12-02T02:00:00Z");
    await fillInChat("SYT", sytLiaison);
    await fillInChat("BDT", signatory.BDT);
    await fillByXlsx("SDL", signatory.SDL);
    await fillByXlsx("SLDTBXH", signatory.SLDTBXH);
    await fillThroughDomain("SGDDT", signatory.SGDDT);
    await fillThroughDomain("SVHTT", leader);
    for (const code of ["SYT", "BDT", "SDL", "SLDTBXH", "SGDDT", "SVHTT"] as const) {
      await h.text(signatory[code], "/sheet");
      await press(signatory[code], "📤 Nộp phiếu");
      expect(h.lastTo(signatory[code].id)).toContain("Đã nộp và khóa phiếu");
    }
    const sdl = await sheetOf("SDL");
    expect(sdl.entries.find((e) => e.nodeId === leaf("I.3"))).toMatchObject({ result: 80, target: 100 });
    expect(sdl.entries.find((e) => e.nodeId === leaf("II.4"))?.passed).toBe(false);
  });

  test("the late unit is reminded at the round's instants; after downtime it gets one message, not the backlog", async () => {
    const skhcn = (await sheetOf("SKHCN")).id;
    const signatoryId = await personId(signatory.SKHCN);
    const liaisonId = await personId(skhcnLiaison);
    // 3 working days before Tuesday 15/12 is Thursday 10/12, at 07:30 in Vietnam.
    await h.runJobs(at("2026-12-10T00:30:00Z"));
    const first = await outbox({ intentId: { startsWith: "review-event:" } });
    expect(first.map((m) => m.intentId)).toEqual([
      `review-event:${skhcn}:remind_3@2026-12-10T00:30:00.000Z`,
      `review-event:${skhcn}:remind_3@2026-12-10T00:30:00.000Z`,
    ]);
    expect(first.map((m) => m.personId).sort()).toEqual([signatoryId, liaisonId].sort());
    // The bot is down from then until the deadline's day: Monday's reminder is not sent late, the day's one is.
    await h.runJobs(at("2026-12-15T02:00:00Z"));
    await h.runJobs(clock);
    const second = (await outbox({ intentId: { startsWith: "review-event:" } })).slice(first.length);
    expect(second.map((m) => m.intentId)).toEqual([
      `review-event:${skhcn}:remind_0@2026-12-15T00:30:00.000Z`,
      `review-event:${skhcn}:remind_0@2026-12-15T00:30:00.000Z`,
    ]);
    await h.deliver();
    expect(h.lastTo(skhcnLiaison.id)).toContain("Hoàn thành bằng /sheet trước 15/12/2026 17:00");
  });

  test("after the deadline: the signatory one working day late, the leader unit three; nobody twice", async () => {
    const skhcn = (await sheetOf("SKHCN")).id;
    await h.runJobs(at("2026-12-16T00:30:00Z"));
    await h.runJobs(clock);
    const escalation = await outbox({ intentId: `review-event:${skhcn}:escalate_signatory@2026-12-16T00:30:00.000Z` });
    expect(escalation.map((m) => m.personId)).toEqual([await personId(signatory.SKHCN)]);
    await h.runJobs(at("2026-12-18T00:30:00Z"));
    await h.runJobs(clock);
    const round = await t.db.reviewRound.findFirstOrThrow();
    const late = await outbox({ intentId: `review-late:${round.id}@2026-12-18T00:30:00.000Z` });
    expect(late.map((m) => m.personId)).toEqual([await personId(leader)]);
    expect(JSON.parse(late[0]!.textParams!).units).toEqual(["Sở KH&CN"]);
    await h.deliver();
    expect(h.lastTo(signatory.SKHCN.id)).toContain("Sở KH&CN đã quá hạn (15/12/2026 17:00)");
    expect(h.lastTo(leader.id)).toContain("1 đơn vị chưa nộp:\nSở KH&CN");
  });

  test("past its deadline the late unit cannot submit; the leader extends it and it submits in time", async () => {
    at("2026-12-18T02:00:00Z");
    await fillThroughDomain("SKHCN", signatory.SKHCN).then(
      () => expect.unreachable(),
      (e: { code?: string }) => expect(e.code).toBe("sheets.error_past_deadline"),
    );
    await h.text(signatory.SKHCN, "/sheet");
    const refusal = await readRefusal(h.api, signatory.SKHCN, () => press(signatory.SKHCN, "📤 Nộp phiếu"));
    expect(refusal).toBe("Đã quá hạn nộp phiếu; không có gì được lưu.");
    await h.text(leader, "/review");
    expect(h.lastTo(leader.id)).toContain("⏰ Sở KH&CN: đang chấm (trễ hạn)");
    expect(h.lastTo(leader.id)).toContain("Đã nộp 6/7 phiếu · đã chốt 0 · trễ hạn 1");
    await press(leader, "⏳ Gia hạn Sở KH&CN");
    await h.text(leader, "21/12/2026 17:00");
    expect(h.api.sent(leader.id).at(-2)?.text).toBe(
      "Đã gia hạn cho Sở KH&CN đến 21/12/2026 17:00; đơn vị đã được báo.",
    );
    expect(h.lastTo(leader.id)).toContain("• Sở KH&CN: đang chấm (gia hạn đến 21/12/2026 17:00)");
    await h.deliver();
    expect(h.lastTo(skhcnLiaison.id)).toContain("gia hạn nộp phiếu chấm điểm năm 2026 đến 21/12/2026 17:00");
    // Its reminders now follow its own deadline; the one due at 18/12 07:30 (1 working day before 21/12) is no later
    // than the escalation it already had at that instant, so it is not sent on top of it.
    await h.runJobs(at("2026-12-18T03:00:00Z"));
    const skhcn = (await sheetOf("SKHCN")).id;
    expect((await outbox({ intentId: { startsWith: `review-event:${skhcn}` } })).length).toBe(5);
    await fillThroughDomain("SKHCN", signatory.SKHCN);
    await h.text(signatory.SKHCN, "/sheet");
    await press(signatory.SKHCN, "📤 Nộp phiếu");
    expect((await sheetOf("SKHCN")).state).toBe("submitted");
  });
});

describe("review, explanation and a second decision", { timeout: 120_000 }, () => {
  test("the leader accepts five sheets, adjusts one with a reason; the board reviews the leader unit's own", async () => {
    at("2026-12-18T04:00:00Z");
    for (const name of [/Ban Dân tộc/, /Sở GD&ĐT/, /Sở Du lịch/, /Sở LĐTB&XH/, /Sở KH&CN/]) {
      await h.text(leader, "/review");
      await press(leader, new RegExp(`^🔎 ${name.source}`));
      await press(leader, "✅ Chấp nhận phần còn lại");
      expect(h.lastTo(leader.id)).toBe("Phiếu đã được chốt.");
    }
    await h.text(leader, "/review");
    await press(leader, /^🔎 Sở VH&TT/);
    const own = await readRefusal(h.api, leader, () => press(leader, "✅ Chấp nhận phần còn lại"));
    expect(own).toContain("Không được thẩm định phiếu của chính đơn vị mình");
    await h.text(board, "/review");
    await press(board, /^🔎 Sở VH&TT/);
    await press(board, "✅ Chấp nhận phần còn lại");
    await h.text(leader, "/review");
    await press(leader, /^🔎 Sở Y tế/);
    await press(leader, "✏️ Điều chỉnh II.1");
    await h.text(leader, "6 Thiếu minh chứng");
    await press(leader, "✅ Chấp nhận phần còn lại");
    expect((await sheetOf("SYT")).state).toBe("reviewed");
  });

  test("while a sheet is under review the leader's preview is provisional; publishing it asks to confirm", async () => {
    await h.text(leader, "/results");
    const preview = h.api
      .sent(leader.id)
      .filter((m) => m.text?.startsWith("Kết quả bình xét năm 2026"))
      .at(-1)!;
    expect(preview.text).toContain("⚠️ TẠM TÍNH");
    expect(preview.text).toContain("Chưa công bố");
    expect(h.api.sent(leader.id).at(-3)?.caption).toBe("Bảng tổng hợp kết quả chấm điểm năm 2026 (TẠM TÍNH)");
    await press(leader, "📢 Công bố (tạm tính)…");
    expect(h.lastTo(leader.id)).toContain("còn TẠM TÍNH (còn phiếu chưa chốt)");
    await press(leader, "Huỷ");
    expect((await t.db.reviewRound.findFirstOrThrow()).publishedAt).toBeNull();
  });

  test("the unit is reminded before the explanation deadline, explains; the leader decides again", async () => {
    const syt = (await sheetOf("SYT")).id;
    // 22/12 17:00 is the explanation deadline; one working day before at 07:30 is Monday 21/12.
    await h.runJobs(at("2026-12-21T00:30:00Z"));
    const reminder = await outbox({ intentId: `review-event:${syt}:explain_1@2026-12-21T00:30:00.000Z` });
    expect(reminder.map((m) => m.personId).sort()).toEqual(
      [await personId(signatory.SYT), await personId(sytLiaison)].sort(),
    );
    at("2026-12-21T03:00:00Z");
    await h.text(sytLiaison, "/sheet");
    await press(sytLiaison, "💬 Giải trình II.1");
    await h.text(sytLiaison, "Biên bản kiểm tra đã gửi kèm");
    await h.text(leader, "/review");
    await press(leader, /^🔎 Sở Y tế/);
    await press(leader, "⚖️ Quyết định II.1");
    await h.text(leader, "8 Tiếp thu một phần");
    await press(leader, "🔒 Chốt phiếu");
    const final = await sheetOf("SYT");
    expect(final.state).toBe("final");
    expect(final.entries.find((e) => e.nodeId === leaf("II.1") && e.layer === "final")?.points).toBe(8);
  });
});

describe("the ranking: preview, publishing, every unit's view", { timeout: 240_000 }, () => {
  const expected = [
    { unit: "Ban Dân tộc", rank: 1, total: 94, band: "Hoàn thành xuất sắc nhiệm vụ" },
    { unit: "Sở Y tế", rank: 2, total: 83, band: "Hoàn thành tốt nhiệm vụ" },
    { unit: "Sở GD&ĐT", rank: 3, total: 82.5, band: "Hoàn thành tốt nhiệm vụ" },
    { unit: "Sở LĐTB&XH", rank: 4, total: 79, band: "Hoàn thành nhiệm vụ" },
    { unit: "Sở VH&TT", rank: 5, total: 76.5, band: "Hoàn thành nhiệm vụ" },
    { unit: "Sở Du lịch", rank: 6, total: 60, band: "Hoàn thành nhiệm vụ" },
    { unit: "Sở KH&CN", rank: 7, total: 58.5, band: null },
  ];

  test("before publishing a unit is told it is not published; the leader's preview is final with its files", async () => {
    await h.text(signatory.SDL, "/results");
    expect(h.lastTo(signatory.SDL.id)).toBe(
      "Kết quả bình xét năm 2026 chưa được công bố. Đơn vị vẫn xem phiếu của mình bằng /sheet.",
    );
    const ranking = await getRoundRanking(t.db, {
      actor: await actorOf(leader),
      blocId: seed.blocId,
      year: 2026,
      now: clock,
    });
    expect(ranking.provisional).toBe(false);
    expect(ranking.rows.map((r) => ({ unit: r.unitName, rank: r.rank, total: r.total, band: r.bandLabel }))).toEqual(
      expected,
    );
    const before = h.api.sent(leader.id).length;
    await h.text(leader, "/results");
    const [message, xlsx, docx, chart] = h.api.sent(leader.id).slice(before);
    expect(message!.text).toContain("✅ Kết quả chính thức: mọi phiếu đã chốt.");
    expect(message!.text).toContain("1. Ban Dân tộc: 94 điểm (94%) · Hoàn thành xuất sắc nhiệm vụ");
    expect(message!.text).toContain("7. Sở KH&CN: 58,5 điểm (58,5%)");
    expect([xlsx!.file?.fileName, docx!.file?.fileName, chart!.file?.kind]).toEqual([
      "ket-qua-binh-xet-2026.xlsx",
      "ket-qua-binh-xet-2026.docx",
      "photo",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(h.api.fileBytes(xlsx!.file!.file_id)! as never);
    const summary = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    summary.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const units = await t.db.unit.findMany();
    const fullName = (short: string) => units.find((u) => u.shortName === short)!.name;
    const unitRows = rows.filter((row) => units.some((u) => row[1] === u.name));
    expect(unitRows.map((row) => [row[1], row[2], row[6]])).toEqual(
      expected.map((e) => [fullName(e.unit), e.total, e.rank]),
    );
    const { value: text } = await mammoth.extractRawText({ buffer: h.api.fileBytes(docx!.file!.file_id)! });
    expect(text).toContain("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA");
    expect(text).toContain("Kết quả chính thức.");
    await convertWithLibreOffice(h.api.fileBytes(xlsx!.file!.file_id)!, h.api.fileBytes(docx!.file!.file_id)!);
  });

  test("📢 Công bố: recorded, every unit told; units see the ranking and their own row", async () => {
    at("2026-12-22T02:00:00Z");
    await press(leader, "📢 Công bố");
    expect(h.lastTo(leader.id)).toBe("Đã công bố kết quả bình xét năm 2026; 7 đơn vị đã được báo.");
    const round = await t.db.reviewRound.findFirstOrThrow();
    expect(round.publishedAt?.toISOString()).toBe("2026-12-22T02:00:00.000Z");
    expect(round.publishedProvisional).toBe(false);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "results.published" } });
    expect(audit.subjectId).toBe(round.id);
    await h.deliver();
    for (const code of codes) expect(h.lastTo(signatory[code].id)).toContain("công bố kết quả bình xét năm 2026");
    await h.text(signatory.SDL, "/results");
    const seen = h.lastTo(signatory.SDL.id);
    expect(seen).toContain("👉 6. Sở Du lịch: 60 điểm (60%) · Hoàn thành nhiệm vụ");
    expect(seen).toContain("Đơn vị của bạn: hạng 6/7, 60 điểm.");
    expect(seen).toContain("Đã công bố lúc 22/12/2026 09:00.");
    expect(buttonsOf(h.api.sent(signatory.SDL.id).at(-1)?.replyMarkup)).toEqual([]);
    const again = await readRefusal(h.api, leader, () => press(leader, "📢 Công bố"));
    expect(again).toBe("Kết quả năm 2026 đã được công bố.");
  });
});

// The files the leader gets open in LibreOffice (skipped where it is not installed, as test/documents/soffice-*).
async function convertWithLibreOffice(xlsx: Buffer, docx: Buffer) {
  if (soffice === null) return;
  const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(path.join(root, "year-end-review-"));
  const profile = path.join(dir, "profile");
  writeFileSync(path.join(dir, "results.xlsx"), xlsx);
  writeFileSync(path.join(dir, "results.docx"), docx);
  const csv = await convertWithSoffice(
    path.join(dir, "results.xlsx"),
    "csv:Text - txt - csv (StarCalc):44,34,76",
    path.join(dir, "csv"),
    profile,
  );
  expect(readFileSync(csv, "utf8")).toContain("Ban Dân tộc,94");
  const txt = await convertWithSoffice(
    path.join(dir, "results.docx"),
    "txt:Text (encoded):UTF8",
    path.join(dir, "txt"),
    profile,
  );
  expect(readFileSync(txt, "utf8")).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const pdf = await convertWithSoffice(path.join(dir, "results.docx"), "pdf", path.join(dir, "pdf"), profile);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
}
