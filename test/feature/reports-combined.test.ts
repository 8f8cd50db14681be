import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The monthly report and the Q1 report are both due on Friday 20/03/2026: their reminders and escalations fall
// at the same instants, and each person gets one message for both.
let t: TestDb;
let h: ApiHarness;
let now = new Date("2026-01-02T01:00:00Z");
const vn = (local: string) => new Date(`${local}+07:00`);
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(933_000, "CV SVHTT");
const syt = person(933_001, "CV SYT");
const sdlSignatory = person(933_002, "LĐ SDL");

type Button = { text: string; callback_data: string };
const buttonsOf = (markup: unknown) => ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
async function tick(at: Date) {
  now = at;
  expect((await h.runJobs(at)).failed).toEqual([]);
  await h.deliver();
}

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "liaison")}`);
  await h.text(syt, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(sdlSignatory, `/start ${await seed.invite("SDL", "signatory")}`);
  await h.text(leader, "/reports");
  now = vn("2026-03-16T09:00");
  // Everything due before March is out of the way: its reminders went before this test starts.
  await tick(now);
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("reminders due at one instant", () => {
  test("one message per person with a button per report; the same instant again sends nothing more", async () => {
    const before = h.api.sent(syt.id).length;
    await tick(vn("2026-03-17T08:00"));
    const sent = h.api.sent(syt.id).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(
      "⏰ Nhắc hạn 2 báo cáo:\n" +
        "• Sở Y tế chưa nộp «Báo cáo tháng» — Tháng 03/2026: hạn 20/03/2026 (còn 3 ngày làm việc)\n" +
        "• Sở Y tế chưa nộp «Báo cáo quý» — Quý I/2026: hạn 20/03/2026 (còn 3 ngày làm việc)\n" +
        "Bấm nút của từng báo cáo để nộp.",
    );
    expect(buttonsOf(sent[0]!.replyMarkup).map((b) => b.text)).toEqual([
      "📤 Nộp: Báo cáo tháng (hạn 20/03/2026)",
      "📤 Nộp: Báo cáo quý (hạn 20/03/2026)",
    ]);
    await tick(vn("2026-03-17T08:00"));
    expect(h.api.sent(syt.id).length).toBe(before + 1);
  });

  test("a reply to the combined reminder is told to use a button; a photo of the signed report is accepted", async () => {
    now = vn("2026-03-17T09:00");
    const reminder = h.api.sent(syt.id).at(-1)!;
    const file = h.api.addFile("report", {
      fileName: "bao-cao.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    await h.replyDocument(syt, file.file_id, { chatId: syt.id, messageId: reminder.messageId });
    expect(h.lastTo(syt.id)).toBe(
      "Tin nhắc này gồm nhiều báo cáo. Bấm nút của báo cáo cần nộp rồi gửi tệp; chưa có gì được ghi nhận.",
    );
    expect(await t.db.reportSubmission.count()).toBe(0);

    const button = buttonsOf(reminder.replyMarkup).find((b) => b.text.includes("Báo cáo quý"))!;
    await h.press(syt, button.callback_data, { chatId: syt.id, messageId: reminder.messageId });
    expect(h.lastTo(syt.id)).toContain("ảnh chụp/bản scan");
    const photo = h.api.addFile("jpeg bytes of a signed page", { fileName: "photo.jpg", mimeType: "image/jpeg" });
    await h.send({
      message: {
        message_id: 990_001,
        date: Math.floor(now.getTime() / 1000),
        chat: { id: syt.id, type: "private", first_name: syt.first_name },
        from: { ...syt, is_bot: false },
        photo: [
          { file_id: photo.file_id, file_unique_id: `${photo.file_id}-s`, width: 320, height: 240, file_size: 10 },
          { file_id: photo.file_id, file_unique_id: photo.file_id, width: 1280, height: 960, file_size: 27 },
        ],
      },
    });
    expect(h.lastTo(syt.id)).toContain("Số biên nhận:");
    const submission = await t.db.reportSubmission.findFirstOrThrow();
    expect([submission.fileName, submission.mimeType]).toEqual(["bao-cao.jpg", "image/jpeg"]);
  });

  test("a signatory hears once, in the first reminder, that the escalation will come to them", async () => {
    const first = h.api.sent(sdlSignatory.id).find((m) => m.text?.startsWith("⏰ Nhắc hạn 2 báo cáo:"))!;
    const note = "ℹ️ Đồng chí là lãnh đạo đơn vị: nếu quá hạn 1 ngày làm việc mà đơn vị chưa nộp";
    expect(first.text!.split(note)).toHaveLength(2);
    const before = h.api.sent(sdlSignatory.id).length;
    await tick(vn("2026-03-19T08:00"));
    const second = h.api.sent(sdlSignatory.id).slice(before);
    expect(second).toHaveLength(1);
    expect(second[0]!.text).toContain("còn 1 ngày làm việc");
    expect(second[0]!.text).not.toContain("ℹ️");
  });

  test("a signatory due two escalations at once gets one message, the request said once", async () => {
    const before = h.api.sent(sdlSignatory.id).length;
    await tick(vn("2026-03-23T08:00"));
    const sent = h.api.sent(sdlSignatory.id).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(
      "❗ Quá hạn 2 báo cáo:\n" +
        "• ❗ Sở Du lịch chưa nộp «Báo cáo tháng» — Tháng 03/2026, đã quá hạn 20/03/2026 1 ngày làm việc\n" +
        "• ❗ Sở Du lịch chưa nộp «Báo cáo quý» — Quý I/2026, đã quá hạn 20/03/2026 1 ngày làm việc\n" +
        "Đề nghị đồng chí lãnh đạo đơn vị chỉ đạo nộp ngay các báo cáo đã quá hạn.",
    );
    expect(buttonsOf(sent[0]!.replyMarkup)).toHaveLength(2);
  });
});
