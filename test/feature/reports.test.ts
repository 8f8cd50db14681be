import ExcelJS from "exceljs";
import { readRefusal } from "../support/read-refusal.js";
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
const liaison = Object.fromEntries(units.map((code, i) => [code, person(930_000 + i, `CV ${code}`)])) as Record<
  Code,
  ReturnType<typeof person>
>;
const signatory = Object.fromEntries(units.map((code, i) => [code, person(930_100 + i, `LĐ ${code}`)])) as Record<
  Code,
  ReturnType<typeof person>
>;
const leader = liaison.SVHTT;
const board = person(930_200, "Ban TĐKT");

type Button = { text: string; callback_data: string };
const buttonsOf = (markup: unknown) => ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
async function pressText(user: { id: number; first_name: string }, label: string | RegExp) {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  await h.press(user, buttonsOf(message.replyMarkup).find((b) => matches(b.text))!.callback_data, {
    chatId: user.id,
    messageId: message.messageId,
  });
}
const refusal = (user: { id: number }, press: () => Promise<unknown>) => readRefusal(h.api, user, press);
// The bot's latest message to a user as it stands now, edits applied.
const shown = (user: { id: number }) => {
  const message = h.api
    .chatMessages(user.id)
    .filter((m) => (m.from as { is_bot?: boolean } | undefined)?.is_bot)
    .at(-1) as { text?: string; caption?: string } | undefined;
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
  const rows = await t.db.outboxMessage.findMany({
    where: { OR: [{ intentId: { startsWith: "report:" } }, { intentId: { startsWith: "report-batch:" } }] },
    orderBy: { createdAt: "asc" },
  });
  const seen = new Map<string, { period: string; kind: string; at: string; people: number }>();
  // A person due several events at one instant got one combined message, whose intent lists them.
  const eventsOfRow = (intentId: string) =>
    intentId.startsWith("report-batch:")
      ? intentId
          .slice(intentId.lastIndexOf(":") + 1)
          .split("+")
          .map((pair) => pair.split("."))
      : [intentId.split(":").slice(1)];
  for (const row of rows) {
    for (const [periodId, kind] of eventsOfRow(row.intentId)) {
      if (!byId.has(periodId!)) continue;
      const key = `${periodId}:${kind}`;
      const entry = seen.get(key) ?? {
        period: byId.get(periodId!)!,
        kind: kind!,
        at: row.createdAt.toISOString(),
        people: 0,
      };
      entry.people += 1;
      seen.set(key, entry);
    }
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
const docx = (name: string) =>
  h.api.addFile(`report ${name}`, {
    fileName: `${name}.docx`,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });

// Through /reports, as a liaison would: the unit's open periods come with one "Nộp" button each.
async function submitText(
  code: Code,
  obligation: string,
  period: string,
  text = `Báo cáo ${obligation} ${period} của ${code}`,
) {
  await h.text(liaison[code], "/reports");
  await pressText(liaison[code], `📤 Nộp: ${obligation} — ${period}`);
  await h.text(liaison[code], text);
  return h.lastTo(liaison[code].id);
}
// A reply to the reminder itself, with the file: no button, no command. A reminder that lists several reports
// cannot take a reply: its button for this report is pressed, then the file sent.
async function replyToReminder(code: Code, obligation: string, period: string) {
  const reminder = [...h.api.sent(liaison[code].id)]
    .reverse()
    .find((m) => m.text?.includes(`«${obligation}» — ${period}`));
  if (!reminder)
    throw new Error(
      `no reminder for ${code} ${obligation} ${period} at ${now.toISOString()}; last: ${JSON.stringify(
        h.api
          .sent(liaison[code].id)
          .slice(-3)
          .map((m) => m.text),
      )}`,
    );
  const file = docx(`${code}-${period}`).file_id;
  const own = buttonsOf(reminder.replyMarkup).filter((b) => b.text.startsWith(`📤 Nộp: ${obligation} (`));
  const ref = { chatId: liaison[code].id, messageId: reminder.messageId };
  if (own.length === 1) {
    await h.press(liaison[code], own[0]!.callback_data, ref);
    await h.document(liaison[code], file);
  } else await h.replyDocument(liaison[code], file, ref);
  return h.lastTo(liaison[code].id);
}
const periodName = (key: string) =>
  key.includes("Q")
    ? `Quý ${["I", "II", "III", "IV"][Number(key.at(-1)) - 1]}/${key.slice(0, 4)}`
    : `Tháng ${key.slice(5)}/${key.slice(0, 4)}`;

describe("setting up the year's reporting", () => {
  test("the leader opens /reports: the four usual reports are there, due dates moved off weekends and Tết", async () => {
    await h.text(leader, "/reports");
    const overview = h.api.sent(leader.id).at(-2)?.text ?? "";
    expect(overview).toContain("Chế độ báo cáo của Khối (4 loại báo cáo)");
    expect(overview).toContain(
      "1. Báo cáo tháng — Ngày 20 hằng tháng\n   Kỳ Tháng 01/2026, hạn 20/01/2026: 0/7 đơn vị đã nộp",
    );
    expect(overview).toContain("2. Báo cáo quý — Ngày 20 tháng cuối quý");
    const monthly = await t.db.reportPeriod.findMany({
      where: { obligation: { preset: "monthly" } },
      orderBy: { dueAt: "asc" },
    });
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
    const q1 = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { preset: "quarterly" }, periodKey: "2026-Q1" },
    });
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
    // Every unit starts ticked: clear them, then tick three.
    await pressText(leader, "✅ Tất cả đơn vị");
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

describe("editing an obligation", () => {
  test("the day-off rule cycles with a button; the data cut-off is typed, and a bad one is refused", async () => {
    const name = "Báo cáo chuyên đề chuyển đổi số";
    await h.text(leader, "/reports");
    await pressText(leader, `📊 ${name}`);
    expect(h.lastTo(leader.id)).toContain(
      "• Hạn rơi vào ngày nghỉ: lùi về ngày làm việc trước\n• Số liệu: từ ngày 15 tháng trước đến ngày 14",
    );
    await pressText(leader, "📅 Hạn rơi vào ngày nghỉ: chuyển thành «dời sang ngày làm việc sau»");
    expect(h.lastTo(leader.id)).toBe(`✅ «${name}»: hạn rơi vào ngày nghỉ sẽ dời sang ngày làm việc sau.`);
    await pressText(leader, "✂️ Sửa ngày chốt số liệu");
    await h.text(leader, "40");
    expect(h.lastTo(leader.id)).toBe("Ngày chốt số liệu phải là một số từ 1 đến 28.");
    await h.text(leader, "10");
    expect(h.lastTo(leader.id)).toContain(`✅ Đã cập nhật «${name}»`);
    const obligation = await t.db.reportObligation.findFirstOrThrow({ where: { name }, include: { periods: true } });
    expect([obligation.shift, obligation.cutoffDay]).toEqual(["next", 10]);
    expect([obligation.periods[0]!.coversFrom, obligation.periods[0]!.coversTo]).toEqual(["2026-04-11", "2026-05-10"]);
    expect(
      await t.db.auditEvent.count({ where: { action: "reports.obligation_changed", subjectId: obligation.id } }),
    ).toBe(2);
  });
});

describe("bad input is answered and nothing is written", () => {
  test("wrong file type, a period not open yet, a unit that does not owe the report, the board sending a report", async () => {
    now = vn("2026-01-05T09:00");
    const before = await submissions();
    const january = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { preset: "monthly" }, periodKey: "2026-01" },
    });
    await h.text(liaison.SYT, "/reports");
    await pressText(liaison.SYT, "📤 Nộp: Báo cáo tháng — Tháng 01/2026");
    await h.document(liaison.SYT, h.api.addFile("GIF", { fileName: "anh.gif", mimeType: "image/gif" }).file_id);
    expect(h.lastTo(liaison.SYT.id)).toContain("«anh.gif» không đúng loại");
    await h.text(liaison.SYT, "/cancel");

    const march = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { preset: "monthly" }, periodKey: "2026-03" },
    });
    await h.press(liaison.SYT, `rs:${march.id}`);
    await h.text(liaison.SYT, "Báo cáo tháng 3 gửi sớm quá");
    expect(h.lastTo(liaison.SYT.id)).toBe("Kỳ báo cáo «Báo cáo tháng» này chưa mở; nhận báo cáo từ ngày 15/02/2026.");
    await h.text(liaison.SYT, "/cancel");

    const oneOff = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { name: "Báo cáo chuyên đề chuyển đổi số" } },
    });
    await h.press(liaison.SDL, `rs:${oneOff.id}`);
    await h.text(liaison.SDL, "Báo cáo chuyên đề của Sở Du lịch");
    expect(h.lastTo(liaison.SDL.id)).toBe(
      "Sở Du lịch không thuộc danh sách phải nộp «Báo cáo chuyên đề chuyển đổi số». Không có gì được ghi nhận.",
    );
    await h.text(liaison.SDL, "/cancel");

    expect(await refusal(board, () => h.press(board, `rs:${january.id}`))).toContain("dành cho thành viên của đơn vị");
    expect(await submissions()).toBe(before);
  });
});

describe("a year of reports, January to December 2026", () => {
  const outage = { from: vn("2026-04-15T07:00"), to: vn("2026-04-18T10:00") };
  const receipts: string[] = [];

  test("units are reminded on working days at 08:00 Vietnam time, escalated when late, and given receipts", async () => {
    const periods = await t.db.reportPeriod.findMany({
      where: { obligation: { preset: { in: ["monthly", "quarterly"] } }, dueDate: { lte: "2026-12-31" } },
      include: { obligation: true },
    });
    expect(periods).toHaveLength(16);
    type Step = { at: Date; order: number; run: () => Promise<void> };
    const steps: Step[] = [];
    for (const period of periods) {
      const name = period.obligation.name;
      const label = periodName(period.periodKey);
      const due = period.dueDate;
      // Ban Dân tộc answers the first reminder by replying to it with the file (in April the bot was down then).
      const early = period.periodKey === "2026-04" ? due : addWorkingDays(due, -3, calendar);
      steps.push({
        at: vn(`${early}T09:00`),
        order: 1,
        run: async () => void receipts.push(await replyToReminder("BDT", name, label)),
      });
      for (const code of onTime)
        steps.push({
          at: vn(`${due}T10:00`),
          order: 1,
          run: async () => void receipts.push(await submitText(code, name, label)),
        });
      steps.push({
        at: vn(`${addWorkingDays(due, 2, calendar)}T10:00`),
        order: 1,
        run: async () => void receipts.push(await submitText("SDL", name, label)),
      });
    }
    for (const code of ["SGDDT", "BDT", "SYT"] as Code[]) {
      steps.push({
        at: vn("2026-05-14T10:00"),
        order: 1,
        run: async () => void receipts.push(await submitText(code, "Báo cáo chuyên đề chuyển đổi số", "15/05/2026")),
      });
    }
    const submissionDays = new Set(steps.map((s) => s.at.toISOString().slice(0, 10)));
    for (let day = vn("2026-01-06T08:00"); day < vn("2027-01-01T00:00"); day = new Date(day.getTime() + 86_400_000)) {
      if (day < outage.from || day >= outage.to) steps.push({ at: day, order: 0, run: () => tick(day) });
      const evening = new Date(day.getTime() + 9 * 3_600_000);
      if (submissionDays.has(day.toISOString().slice(0, 10)))
        steps.push({ at: evening, order: 0, run: () => tick(evening) });
    }
    steps.push({ at: outage.to, order: 0, run: () => tick(outage.to) });
    steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const step of steps) {
      now = step.at;
      await step.run();
      if (step.at.getTime() === vn("2026-01-15T08:00").getTime() && step.order === 0) {
        // The same instant again (a second process, an operator's `jobs run --at`): nothing more is queued.
        const queued = await t.db.outboxMessage.count();
        await tick(step.at);
        expect(await t.db.outboxMessage.count()).toBe(queued);
      }
    }
  }, 240_000);

  test("January: the exact reminder and escalation instants, each to the right people once", async () => {
    const january = (await eventsOf("Báo cáo tháng")).filter((e) => e.period === "2026-01");
    expect(january).toEqual([
      { period: "2026-01", kind: "remind_3", at: "2026-01-15T01:00:00.000Z", people: 14 }, // Thu 15/01 08:00, every unit
      { period: "2026-01", kind: "remind_1", at: "2026-01-19T01:00:00.000Z", people: 12 }, // Mon 19/01: Ban Dân tộc has reported
      { period: "2026-01", kind: "remind_0", at: "2026-01-20T01:00:00.000Z", people: 12 }, // the due date
      { period: "2026-01", kind: "escalate_signatory", at: "2026-01-21T01:00:00.000Z", people: 2 }, // signatories of the two late units
      { period: "2026-01", kind: "escalate_leader_unit", at: "2026-01-23T01:00:00.000Z", people: 2 }, // the leader unit, only KH&CN still missing
    ]);
    const escalation = h.api
      .sent(liaison.SVHTT.id)
      .find((m) => m.text?.startsWith("❗ Quá hạn 3 ngày làm việc (hạn 20/01/2026)"));
    expect(escalation?.text).toBe(
      "❗ Quá hạn 3 ngày làm việc (hạn 20/01/2026), các đơn vị sau chưa nộp «Báo cáo tháng» — Tháng 01/2026:\nSở KH&CN",
    );
    const toSignatory = h.api.sent(signatory.SKHCN.id).find((m) => m.text?.includes("đã quá hạn 20/01/2026"));
    expect(toSignatory?.text).toContain(
      "Sở KH&CN chưa nộp «Báo cáo tháng» — Tháng 01/2026, đã quá hạn 20/01/2026 1 ngày làm việc",
    );
    expect(h.api.sent(liaison.SKHCN.id).some((m) => m.text?.includes("đã quá hạn 20/01/2026"))).toBe(false);
  });

  test("February: Tết moves the due date to Friday 13/02 and the escalations past the holiday", async () => {
    const february = (await eventsOf("Báo cáo tháng"))
      .filter((e) => e.period === "2026-02")
      .map((e) => `${e.kind} ${e.at}`);
    expect(february).toEqual([
      "remind_3 2026-02-10T01:00:00.000Z",
      "remind_1 2026-02-12T01:00:00.000Z",
      "remind_0 2026-02-13T01:00:00.000Z",
      "escalate_signatory 2026-02-23T01:00:00.000Z", // 16–20/02 are Tết, 21–22 a weekend
      "escalate_leader_unit 2026-02-25T01:00:00.000Z",
    ]);
  });

  test("after three days down, April's units got only the latest reminder that still applied", async () => {
    const april = (await eventsOf("Báo cáo tháng")).filter((e) => e.period === "2026-04");
    expect(april.map((e) => `${e.kind} ${e.at} ${e.people}`)).toEqual([
      "remind_1 2026-04-18T03:00:00.000Z 14", // caught up at 10:00 on Saturday, when the bot came back; no remind_3
      "remind_0 2026-04-20T01:00:00.000Z 14",
      "escalate_signatory 2026-04-21T01:00:00.000Z 2",
      "escalate_leader_unit 2026-04-23T01:00:00.000Z 2",
    ]);
  });

  test("weekends: June's and September's due dates are the Fridays before, and so are their reminders", async () => {
    const events = await eventsOf("Báo cáo tháng");
    expect(events.find((e) => e.period === "2026-06" && e.kind === "remind_0")?.at).toBe("2026-06-19T01:00:00.000Z");
    expect(events.find((e) => e.period === "2026-09" && e.kind === "remind_3")?.at).toBe("2026-09-15T01:00:00.000Z");
    const quarterly = await eventsOf("Báo cáo quý");
    expect(quarterly.filter((e) => e.period === "2026-Q1").map((e) => e.at)).toEqual([
      "2026-03-17T01:00:00.000Z",
      "2026-03-19T01:00:00.000Z",
      "2026-03-20T01:00:00.000Z",
      "2026-03-23T01:00:00.000Z",
      "2026-03-25T01:00:00.000Z",
    ]);
    // Nothing was ever sent twice: one row per (period, unit, kind), one outbox row per intent and person.
    const rows = await t.db.reportReminder.findMany();
    expect(new Set(rows.map((r) => `${r.periodId}|${r.unitId}|${r.kind}`)).size).toBe(rows.length);
  });

  test("receipts: numbered in order, late ones say by how many working days", async () => {
    expect(receipts[0]).toContain("Số biên nhận: KG-KTT4-2026-0001");
    expect(receipts[0]).toContain("Tình trạng: đúng hạn");
    const late = receipts.filter((r) => r.includes("Đơn vị: Sở Du lịch"));
    expect(late).toHaveLength(16);
    for (const receipt of late) expect(receipt).toContain("Tình trạng: trễ 2 ngày làm việc");
    const numbers = receipts.map((r) => /Số biên nhận: (\S+)/.exec(r)![1]);
    expect(new Set(numbers).size).toBe(16 * 6 + 3);
    expect(numbers.at(-1)).toBe(`KG-KTT4-2026-${String(16 * 6 + 3).padStart(4, "0")}`);
  });

  test("the leader unit got one digest a day, not a message per file", async () => {
    const digests = h.api.sent(liaison.SVHTT.id).filter((m) => m.text?.startsWith("📥"));
    const january20 = digests.find((m) => m.text?.startsWith("📥 Báo cáo nhận được đến 17:00 ngày 20/01/2026 (4):"));
    expect(january20?.text?.split("\n").slice(1)).toEqual([
      "• 10:00 Sở VH&TT — Báo cáo tháng, Tháng 01/2026 (số KG-KTT4-2026-0002)",
      "• 10:00 Sở GD&ĐT — Báo cáo tháng, Tháng 01/2026 (số KG-KTT4-2026-0003)",
      "• 10:00 Sở LĐTB&XH — Báo cáo tháng, Tháng 01/2026 (số KG-KTT4-2026-0004)",
      "• 10:00 Sở Y tế — Báo cáo tháng, Tháng 01/2026 (số KG-KTT4-2026-0005)",
    ]);
    const days = digests.map((m) => /ngày (\d\d\/\d\d\/\d{4})/.exec(m.text!)![1]);
    expect(new Set(days).size).toBe(days.length);
  });

  test("a duplicate is refused; a corrected report replaces the current one and keeps the history", async () => {
    now = vn("2026-12-18T15:00");
    const before = await submissions();
    const again = await submitText("SYT", "Báo cáo tháng", "Tháng 12/2026");
    expect(again).toMatch(/^Báo cáo này trùng với bản đã nộp \(số biên nhận KG-KTT4-2026-\d{4}\)/);
    expect(await submissions()).toBe(before);
    const corrected = await submitText(
      "SYT",
      "Báo cáo tháng",
      "Tháng 12/2026",
      "Báo cáo tháng 12/2026 của Sở Y tế (bản sửa số liệu)",
    );
    expect(corrected).toContain("Báo cáo này thay thế báo cáo số");
    const rows = await t.db.reportSubmission.findMany({
      where: { unitId: seed.unitId("SYT"), period: { periodKey: "2026-12", obligation: { name: "Báo cáo tháng" } } },
    });
    expect(rows.map((r) => r.state).sort()).toEqual(["current", "replaced"]);
  });

  test("a closed period takes no more reports", async () => {
    now = vn("2026-12-31T09:00");
    const january = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { preset: "monthly" }, periodKey: "2026-01" },
    });
    await h.press(liaison.SKHCN, `rs:${january.id}`);
    await h.text(liaison.SKHCN, "Báo cáo tháng 1 nộp bù");
    expect(h.lastTo(liaison.SKHCN.id)).toBe(
      "Kỳ báo cáo «Báo cáo tháng» này đã khoá sổ ngày 19/02/2026; không nhận thêm báo cáo. Vui lòng liên hệ đơn vị Khối trưởng.",
    );
    await h.text(liaison.SKHCN, "/cancel");
  });

  test("/compliance: on-time rate per unit, who is missing, a chart and the Excel file", async () => {
    now = vn("2026-12-31T10:00");
    await h.text(board, "/compliance");
    const messages = h.api.sent(board.id);
    const summary = messages.at(-2)!.text!;
    expect(summary).toContain("• Sở VH&TT: 100% (16/16 đúng hạn, 0 trễ, 0 chưa nộp)");
    expect(summary).toContain("• Sở Y tế: 100% (17/17 đúng hạn, 0 trễ, 0 chưa nộp)");
    expect(summary).toContain("• Sở Du lịch: 0% (0/16 đúng hạn, 16 trễ, 0 chưa nộp)");
    expect(summary).toContain("• Sở KH&CN: 0% (0/16 đúng hạn, 0 trễ, 16 chưa nộp)");
    expect(summary).toContain("❌ Báo cáo tháng — Tháng 12/2026: chưa nộp: Sở KH&CN");
    const chart = messages.at(-1)!;
    expect(chart.method).toBe("sendPhoto");
    expect(h.api.fileBytes(chart.file!.file_id)!.subarray(1, 4).toString()).toBe("PNG");

    await pressText(board, "📥 Tải bảng Excel");
    const file = h.api.sent(board.id).at(-1)!;
    expect(file.file?.fileName ?? "").toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(h.api.fileBytes(file.file!.file_id)! as never);
    const summarySheet = workbook.worksheets[0]!;
    const rows: string[] = [];
    summarySheet.eachRow((row) =>
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) =>
            typeof v === "object" && v !== null && "result" in v
              ? String((v as { result: unknown }).result)
              : String(v ?? ""),
          )
          .join("|"),
      ),
    );
    expect(rows).toContain("6|Sở Khoa học và Công nghệ|16|0|0|16|0");
    expect(rows).toContain("7|Sở Y tế|17|17|0|0|1");
    expect(rows).toContain("4|Sở Du lịch|16|0|16|0|0");
    const monthlySheet = workbook.worksheets.find((sheet) => sheet.name.startsWith("Báo cáo tháng"))!;
    const cells: string[] = [];
    monthlySheet.eachRow((row) =>
      cells.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => String(v ?? ""))
          .join("|"),
      ),
    );
    expect(cells.find((r) => r.includes("Sở Du lịch"))).toContain("Trễ 2 ngày");
    expect(cells.find((r) => r.includes("Sở Khoa học và Công nghệ"))).toContain("Chưa nộp");
  });
});
