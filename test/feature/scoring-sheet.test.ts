import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { importReviewScale } from "../support/review-round.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The year-end review through the bot over the fake Bot API: a unit fills two leaves with buttons, attaches
// evidence, its signatory submits; the leader adjusts with a reason, the unit explains, the leader decides, final.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let leaf: (path: string) => string;
const now = new Date("2026-12-01T03:00:00Z");
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(950_001, "Trưởng khối");
const sytSignatory = person(950_002, "Ký SYT");
const sytLiaison = person(950_003, "LL SYT");

const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const buttonLabels = (user: { id: number }) => buttonsOf(h.api.sent(user.id).at(-1)?.replyMarkup).map((b) => b.text);
const pressText = async (user: { id: number; first_name: string }, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  await h.press(user, buttonsOf(message.replyMarkup).find((b) => matches(b.text))!.callback_data, {
    chatId: user.id,
    messageId: message.messageId,
  });
};
const sheet = async () =>
  t.db.scoreSheet.findFirstOrThrow({ where: { unitId: seed.unitId("SYT") }, include: { entries: true } });

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await h.text(sytSignatory, `/start ${await seed.invite("SYT", "signatory")}`);
  await h.text(sytLiaison, `/start ${await seed.invite("SYT", "liaison")}`);
  ({ leaf } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now }));
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("year-end review in the chat", () => {
  test("the leader opens the round with /review open; units are told", async () => {
    await h.text(leader, "/review");
    expect(h.lastTo(leader.id)).toContain("/review open");
    await h.text(leader, "/review open 15/12/2026 17:00");
    expect(h.lastTo(leader.id)).toContain("Hạn nộp phiếu: 15/12/2026 17:00");
    await pressText(leader, "✅ Mở đợt");
    expect(h.lastTo(leader.id)).toContain("Tổng kết năm 2026, hạn nộp phiếu 15/12/2026 17:00");
    await h.deliver();
    expect(h.lastTo(sytLiaison.id)).toContain("Đã mở đợt tổng kết, bình xét năm 2026");
  });

  test("the liaison fills two leaves by buttons, a bad figure is refused, a file is kept as evidence", async () => {
    await h.text(sytLiaison, "/sheet");
    expect(buttonLabels(sytLiaison)).not.toContain("📤 Nộp phiếu");
    await pressText(sytLiaison, /^📂 II\. /);
    expect(h.lastTo(sytLiaison.id)).toMatch(/II\.3\. Chấp hành chế độ thông tin, báo cáo \(5\): 5 🔒/);
    expect(buttonLabels(sytLiaison)).not.toContain("✏️ II.3");
    await pressText(sytLiaison, "✏️ II.1");
    await h.text(sytLiaison, "11");
    expect(h.lastTo(sytLiaison.id)).toBe("Mục II.1: vượt điểm tối đa (10 điểm).");
    await h.text(sytLiaison, "8");
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu: II.1 = 8");
    const bytes = Buffer.from("%PDF-1.4 biên bản kiểm tra");
    const file = h.api.addFile(bytes, { fileName: "bien-ban.pdf", mimeType: "application/pdf" });
    await h.document(sytLiaison, file.file_id);
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu minh chứng cho II.1: bien-ban.pdf");
    const photo = h.api.addFile(Buffer.from("jpeg bytes of a certificate"), { mimeType: "image/jpeg" });
    await h.send({
      message: {
        message_id: 90_001,
        date: Math.floor(now.getTime() / 1000),
        chat: { id: sytLiaison.id, type: "private" },
        from: { is_bot: false, ...sytLiaison },
        photo: [{ file_id: photo.file_id, file_unique_id: "ph1", width: 800, height: 600 }],
      },
    });
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu minh chứng cho II.1: anh-minh-chung.jpg");
    await pressText(sytLiaison, "✏️ II.2");
    await h.text(sytLiaison, "đạt");
    const filled = await sheet();
    const self = (path: string) => filled.entries.find((e) => e.nodeId === leaf(path) && e.layer === "self");
    expect(self("II.1")?.points).toBe(8);
    expect(self("II.2")?.passed).toBe(true);
    const evidence = await t.db.scoreEvidence.findMany({ where: { sheetId: filled.id } });
    expect(evidence.map((e) => e.fileName).sort()).toEqual(["anh-minh-chung.jpg", "bien-ban.pdf"]);
    const pdf = evidence.find((e) => e.fileName === "bien-ban.pdf")!;
    expect(pdf.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  test("the signatory submits; an old leaf button is then stale", async () => {
    await h.text(sytSignatory, "/sheet");
    await pressText(sytSignatory, "📤 Nộp phiếu");
    expect(h.lastTo(sytSignatory.id)).toContain("Đã nộp và khóa phiếu");
    expect((await sheet()).state).toBe("submitted");
    const before = h.api.sent(sytLiaison.id).length;
    await pressText(sytLiaison, "✏️ II.1");
    expect(h.api.sent(sytLiaison.id).length).toBe(before);
  });

  test("the leader adjusts a leaf with a reason and accepts the rest; the unit explains", async () => {
    await h.text(leader, "/review");
    await pressText(leader, /^🔎 .*Y tế/);
    await pressText(leader, "✏️ Điều chỉnh II.1");
    await h.text(leader, "6");
    expect(h.lastTo(leader.id)).toContain("Cần nêu lý do");
    await h.text(leader, "6 Thiếu minh chứng");
    await pressText(leader, "✅ Chấp nhận phần còn lại");
    expect(h.lastTo(leader.id)).toContain("điều chỉnh 1 mục");
    await h.deliver();
    await h.text(sytLiaison, "/sheet");
    expect(h.lastTo(sytLiaison.id)).toContain("II.1 điều chỉnh thành 6: Thiếu minh chứng");
    await pressText(sytLiaison, "💬 Giải trình II.1");
    await h.text(sytLiaison, "Biên bản kiểm tra đã gửi kèm");
    expect(h.lastTo(sytLiaison.id)).toContain("Đã gửi giải trình mục II.1");
    expect((await sheet()).state).toBe("explained");
  });

  test("the leader decides again and makes the sheet final; the reviewed figure prevails", async () => {
    await h.text(leader, "/review");
    await pressText(leader, /^🔎 .*Y tế/);
    expect(h.lastTo(leader.id)).toContain("💬 Biên bản kiểm tra đã gửi kèm");
    await pressText(leader, "⚖️ Quyết định II.1");
    await h.text(leader, "7 Tiếp thu một phần");
    await pressText(leader, "🔒 Chốt phiếu");
    expect(h.lastTo(leader.id)).toContain("Phiếu đã được chốt");
    const final = await sheet();
    expect(final.state).toBe("final");
    expect(final.entries.find((e) => e.nodeId === leaf("II.1") && e.layer === "final")?.points).toBe(7);
  });
});
