import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Reporting as the leader sees it, over the fake Bot API with an injected clock (Vietnam wall times).
let t: TestDb;
let h: ApiHarness;
let now = new Date("2026-01-02T01:00:00Z");
const vn = (local: string) => new Date(`${local}+07:00`);
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(932_000, "CV SVHTT");
const syt = person(932_001, "CV SYT");
const sdl = person(932_002, "CV SDL");
let sdlUnitId = "";
let docx: { file_id: string };

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
async function submitText(user: { id: number; first_name: string }, label: string, text: string) {
  await h.text(user, "/reports");
  await pressText(user, label);
  await h.text(user, text);
  expect(h.lastTo(user.id)).toContain("Số biên nhận:");
}

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  sdlUnitId = seed.unitId("SDL");
  h = await createApiHarness({ db: t.db, now: () => now });
  docx = h.api.addFile("báo cáo tháng 1 của Sở Du lịch", {
    fileName: "bc-thang-1.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "liaison")}`);
  await h.text(syt, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(sdl, `/start ${await seed.invite("SDL", "liaison")}`);
  await h.text(leader, "/reports");
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("the leader's view of an obligation", () => {
  test("after the due date the overdue period comes first, unit by unit, though the next one is already open", async () => {
    now = vn("2026-01-19T10:00");
    await submitText(syt, "📤 Nộp: Báo cáo tháng — Tháng 01/2026", "Báo cáo tháng 1 của Sở Y tế");
    // 21/01: January (due 20/01) is overdue; February opened on 15/01.
    now = vn("2026-01-21T09:00");
    await h.text(leader, "/reports");
    const overview = h.api.sent(leader.id).at(-2)!.text!;
    expect(overview).toContain(
      "1. Báo cáo tháng — Ngày 20 hằng tháng\n" +
        "   ⚠️ Kỳ Tháng 01/2026, hạn 20/01/2026 (đã quá hạn): 1/7 đơn vị đã nộp\n" +
        "   Kỳ Tháng 02/2026, hạn 13/02/2026: 0/7 đơn vị đã nộp",
    );
    now = vn("2026-01-22T10:00");
    await h.text(sdl, "/reports");
    await pressText(sdl, "📤 Nộp: Báo cáo tháng — Tháng 01/2026");
    await h.document(sdl, docx.file_id);
    expect(h.lastTo(sdl.id)).toContain("Số biên nhận:");
    await h.text(leader, "/reports");
    await pressText(leader, "📊 Báo cáo tháng");
    const detail = h.lastTo(leader.id);
    const january = detail.indexOf("🗂 Báo cáo tháng — Tháng 01/2026 (hạn 20/01/2026):");
    const february = detail.indexOf("🗂 Báo cáo tháng — Tháng 02/2026 (hạn 13/02/2026):");
    expect(january).toBeGreaterThan(0);
    expect(february).toBeGreaterThan(january);
    const januaryLines = detail.slice(january, february);
    expect(januaryLines).toContain("✅ Sở Y tế: nộp 19/01/2026 10:00, đúng hạn");
    expect(januaryLines).toContain("⚠️ Sở Du lịch: nộp 22/01/2026 10:00, trễ 2 ngày làm việc");
    expect(januaryLines).toContain("❌ Sở KH&CN: chưa nộp, đã quá hạn");
    expect(detail.slice(february)).toContain("⏳ Sở Y tế: chưa nộp");
  });

  test("the leader opens any unit's report from the period's view: the file itself, or the typed text", async () => {
    await pressText(leader, "🗂 Tháng 01/2026: từng đơn vị và tệp đã nộp");
    await pressText(leader, "📎 Mở báo cáo của Sở Du lịch");
    const file = h.api.sent(leader.id).at(-1)!;
    expect(file.method).toBe("sendDocument");
    expect(file.file?.file_id).toBe(docx.file_id);
    expect(file.caption).toContain("📎 Sở Du lịch — «Báo cáo tháng» — Tháng 01/2026\nSố biên nhận KG-KTT4-2026-");
    await pressText(leader, "📎 Mở báo cáo của Sở Y tế");
    expect(h.lastTo(leader.id)).toMatch(
      /^📎 Sở Y tế — «Báo cáo tháng» — Tháng 01\/2026\n.*\n\nBáo cáo tháng 1 của Sở Y tế$/,
    );
  });

  test("leaving one unit out of an obligation takes one tap", async () => {
    await h.text(leader, "/reports");
    await pressText(leader, "📊 Báo cáo quý");
    await pressText(leader, "🏢 Đơn vị phải nộp");
    await pressText(leader, "☑️ Sở Du lịch");
    await pressText(leader, "Xong");
    const quarterly = await t.db.reportObligation.findFirstOrThrow({ where: { preset: "quarterly" } });
    const owing = JSON.parse(quarterly.unitIds!) as string[];
    expect(owing).toHaveLength(6);
    expect(owing).not.toContain(sdlUnitId);
  });

  test("closed periods are listed on request, each with its units", async () => {
    now = vn("2026-03-02T09:00");
    await h.text(leader, "/reports");
    await pressText(leader, "📊 Báo cáo tháng");
    await pressText(leader, "🗂 Các kỳ đã khoá sổ (1)");
    expect(h.lastTo(leader.id)).toContain("🗂 Báo cáo tháng: 1 kỳ đã khoá sổ gần nhất.");
    await pressText(leader, "Tháng 01/2026 (hạn 20/01/2026)");
    const status = h.lastTo(leader.id);
    expect(status).toContain("🗂 Báo cáo tháng — Tháng 01/2026 (hạn 20/01/2026):");
    expect(status).toContain("❌ Ban Dân tộc: chưa nộp, đã quá hạn");
  });
});
