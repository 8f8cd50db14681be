import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addWorkingDays, createWorkCalendar } from "../../src/domain/reports/work-calendar.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// A year of the reporting regime over the fake Bot API, under TZ=America/New_York: the clock is injected, jobs
// run at chosen instants, and every instant is asserted in UTC for a Vietnam (UTC+7) wall time.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2026-01-02T01:00:00Z"); // Friday 02/01/2026 08:00 in Vietnam
const vn = (local: string) => new Date(`${local}+07:00`);
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const units = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"] as const;
type Code = (typeof units)[number];
const liaison = Object.fromEntries(units.map((code, i) => [code, person(930_000 + i, `CV ${code}`)])) as Record<Code, ReturnType<typeof person>>;
const signatory = Object.fromEntries(units.map((code, i) => [code, person(930_100 + i, `LĐ ${code}`)])) as Record<Code, ReturnType<typeof person>>;
const leader = liaison.SVHTT;
const board = person(930_200, "Ban TĐKT");

type Button = { text: string; callback_data: string };
const buttonsOf = (markup: unknown) => ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
async function pressText(user: { id: number; first_name: string }, label: string | RegExp) {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  await h.press(user, buttonsOf(message.replyMarkup).find((b) => matches(b.text))!.callback_data, { chatId: user.id, messageId: message.messageId });
}
// The bot's latest message to a user as it stands now, edits applied.
const shown = (user: { id: number }) => {
  const message = h.api.chatMessages(user.id).filter((m) => (m.from as { is_bot?: boolean } | undefined)?.is_bot).at(-1) as { text?: string; caption?: string } | undefined;
  return message?.text ?? message?.caption ?? "";
};
async function tick(at: Date) {
  now = at;
  const { failed } = await h.runJobs(at);
  expect(failed).toEqual([]);
  await h.deliver();
}
// Reminder and escalation rows the outbox holds for one obligation, as "kind UTC-instant recipient-count".
async function eventsOf(obligationName: string) {
  const periods = await t.db.reportPeriod.findMany({ where: { obligation: { name: obligationName } } });
  const byId = new Map(periods.map((p) => [p.id, p.periodKey]));
  const rows = await t.db.outboxMessage.findMany({ where: { intentId: { startsWith: "report:" } }, orderBy: { createdAt: "asc" } });
  const seen = new Map<string, { period: string; kind: string; at: string; people: number }>();
  for (const row of rows) {
    const [, periodId, kind] = row.intentId.split(":");
    if (!byId.has(periodId!)) continue;
    const key = row.intentId;
    const entry = seen.get(key) ?? { period: byId.get(periodId!)!, kind: kind!, at: row.createdAt.toISOString(), people: 0 };
    entry.people += 1;
    seen.set(key, entry);
  }
  return [...seen.values()];
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  for (const code of units) {
    await h.text(liaison[code], `/start ${await seed.invite(code, "liaison")}`);
    await h.text(signatory[code], `/start ${await seed.invite(code, "signatory")}`);
  }
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  await t.db.outboxMessage.deleteMany();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

const calendar = createWorkCalendar({ overrides: [] });
const onTime: Code[] = ["SVHTT", "SGDDT", "SLDTBXH", "SYT"];
const submissions = () => t.db.reportSubmission.count();
const docx = (name: string) => h.api.addFile(`report ${name}`, { fileName: `${name}.docx`, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });

// Through /reports, as a liaison would: the unit's open periods come with one "Nộp" button each.
async function submitText(code: Code, obligation: string, period: string, text = `Báo cáo ${obligation} ${period} của ${code}`) {
  await h.text(liaison[code], "/reports");
  await pressText(liaison[code], `📤 Nộp: ${obligation} — ${period}`);
  await h.text(liaison[code], text);
  return h.lastTo(liaison[code].id);
}
// A reply to the reminder itself, with the file: no button, no command.
async function replyToReminder(code: Code, obligation: string, period: string) {
  const reminder = [...h.api.sent(liaison[code].id)].reverse().find((m) => m.text?.includes(`«${obligation}» — ${period}`));
  if (!reminder) throw new Error(`no reminder for ${code} ${obligation} ${period}`);
  await h.replyDocument(liaison[code], docx(`${code}-${period}`).file_id, { chatId: liaison[code].id, messageId: reminder.messageId });
  return h.lastTo(liaison[code].id);
}
const periodName = (key: string) => (key.includes("Q") ? `Quý ${["I", "II", "III", "IV"][Number(key.at(-1)) - 1]}/${key.slice(0, 4)}` : `Tháng ${key.slice(5)}/${key.slice(0, 4)}`);

describe("setting up the year's reporting", () => {
  test("the leader opens /reports: the four usual reports are there, due dates moved off weekends and Tết", async () => {
    await h.text(leader, "/reports");
    const overview = h.api.sent(leader.id).at(-2)?.text ?? "";
    expect(overview).toContain("Chế độ báo cáo của Khối (4 loại báo cáo)");
    expect(overview).toContain("1. Báo cáo tháng — Ngày 20 hằng tháng\n   Kỳ Tháng 01/2026, hạn 20/01/2026: 0/7 đơn vị đã nộp");
    expect(overview).toContain("2. Báo cáo quý — Ngày 20 tháng cuối quý");
    const monthly = await t.db.reportPeriod.findMany({ where: { obligation: { preset: "monthly" } }, orderBy: { dueAt: "asc" } });
    expect(monthly.slice(0, 12).map((p) => `${p.periodKey} ${p.dueDate}`)).toEqual([
      "2026-01 2026-01-20",
      "2026-02 2026-02-13", // 20/02 falls in Tết (16–20/02): the previous working day is Friday 13/02
      "2026-03 2026-03-20",
      "2026-04 2026-04-20",
      "2026-05 2026-05-20",
      "2026-06 2026-06-19", // Saturday → Friday
      "2026-07 2026-07-20",
      "2026-08 2026-08-20",
      "2026-09 2026-09-18", // Sunday → Friday
      "2026-10 2026-10-20",
      "2026-11 2026-11-20",
      "2026-12 2026-12-18", // Sunday → Friday
    ]);
    // The regime's cut-off: the March report covers 15/02 to 14/03; Q1 covers 15/12/2025 to 14/03/2026.
    expect([monthly[2]!.coversFrom, monthly[2]!.coversTo]).toEqual(["2026-02-15", "2026-03-14"]);
    const q1 = await t.db.reportPeriod.findFirstOrThrow({ where: { obligation: { preset: "quarterly" }, periodKey: "2026-Q1" } });
    expect([q1.coversFrom, q1.coversTo, q1.dueDate]).toEqual(["2025-12-15", "2026-03-14", "2026-03-20"]);
  });

  test("the leader pauses the two review reports with buttons; their future periods go away", async () => {
    for (const name of ["Báo cáo sơ kết 6 tháng", "Báo cáo tổng kết năm"]) {
      await h.text(leader, "/reports");
      await pressText(leader, `📊 ${name}`);
      expect(h.lastTo(leader.id)).toContain(`📋 ${name} (đang áp dụng)`);
      await pressText(leader, "⏸ Tạm dừng");
      expect(h.lastTo(leader.id)).toBe(`⏸ Đã tạm dừng «${name}»: không tạo kỳ mới và không nhắc nữa.`);
    }
    expect(await t.db.reportPeriod.count({ where: { obligation: { active: false } } })).toBe(0);
  });

  test("the leader adds a one-off report for three units with the wizard; bad due rules are refused", async () => {
    await h.text(leader, "/reports");
    await pressText(leader, "➕ Thêm báo cáo");
    await h.text(leader, "Báo cáo chuyên đề chuyển đổi số");
    await pressText(leader, "Một lần");
    await h.text(leader, "45/13/2026");
    expect(h.lastTo(leader.id)).toMatch(/không phải là ngày hợp lệ|Hạn nộp chưa hợp lệ/);
    await h.text(leader, "15/05/2026");
    await pressText(leader, /Sở GD&ĐT$/);
    await pressText(leader, /Ban Dân tộc$/);
    await pressText(leader, /Sở Y tế$/);
    await pressText(leader, "Xong");
    await pressText(leader, "Mặc định (3, 1, 0)");
    expect(h.lastTo(leader.id)).toContain("Số đơn vị phải nộp: 3");
    expect(h.lastTo(leader.id)).toContain("15/05/2026");
    await pressText(leader, "✅ Tạo báo cáo");
    expect(shown(leader)).toContain("✅ Đã tạo «Báo cáo chuyên đề chuyển đổi số» với 1 kỳ báo cáo sắp tới.");
    // A cron rule that cannot be read is refused in the same way, and nothing is created.
    await h.text(leader, "/reports");
    await pressText(leader, "➕ Thêm báo cáo");
    await h.text(leader, "Báo cáo tuần");
    await pressText(leader, "Hằng tháng");
    await h.text(leader, "0 8 * *");
    expect(h.lastTo(leader.id)).toContain("Biểu thức cron chưa hợp lệ");
    await h.text(leader, "/cancel");
    expect(await t.db.reportObligation.count({ where: { name: "Báo cáo tuần" } })).toBe(0);
  });
});
