import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { readRefusal } from "../support/read-refusal.js";
import { openRoundWithPeople, person, sheetBot } from "../support/score-sheet-bot.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Evidence (minh chứng) per leaf through the bot: files and photos sent while a leaf is selected are kept with
// their SHA-256, counted on the sheet, and sent back by their Telegram file id to the unit and to the reviewer.
let t: TestDb;
let h: ApiHarness;
let bot: ReturnType<typeof sheetBot>;
let leaf: (path: string) => string;
const now = new Date("2026-12-01T03:00:00Z");
const leader = person(952_001, "Trưởng khối");
const sytSignatory = person(952_002, "Ký SYT");
const sytLiaison = person(952_003, "LL SYT");
const sgdSignatory = person(952_004, "Ký SGD");
const pdf = Buffer.from("%PDF-1.4 biên bản kiểm tra công vụ");
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const grouped = (hex: string) => hex.slice(0, 16).match(/.{4}/g)!.join(" ");
let files: { pdf: string; photo: string; xlsx: string };
let photoBytes: Buffer;

const sendPhoto = (fileId: string) =>
  h.send({
    message: {
      message_id: 91_001,
      date: Math.floor(now.getTime() / 1000),
      chat: { id: sytLiaison.id, type: "private" },
      from: { is_bot: false, ...sytLiaison },
      photo: [{ file_id: fileId, file_unique_id: "ev-ph1", width: 800, height: 600 }],
    },
  });
const evidenceRows = () =>
  t.db.scoreEvidence.findMany({ where: { nodeId: leaf("II.1") }, orderBy: [{ addedAt: "asc" }, { id: "asc" }] });

beforeAll(async () => {
  t = await createTestDb();
  h = await createApiHarness({ db: t.db, now: () => now });
  bot = sheetBot(h);
  ({ leaf } = await openRoundWithPeople(t, h, now, {
    SVHTT: [leader],
    SYT: [sytSignatory, sytLiaison],
    SGDDT: [sgdSignatory],
  }));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Số liệu").addRow(["Chỉ số CCHC", 87.5]);
  photoBytes = Buffer.from("jpeg bytes of a certificate");
  files = {
    pdf: h.api.addFile(pdf, { fileName: "bien-ban.pdf", mimeType: "application/pdf" }).file_id,
    photo: h.api.addFile(photoBytes, { mimeType: "image/jpeg" }).file_id,
    xlsx: h.api.addFile(Buffer.from(await workbook.xlsx.writeBuffer()), { fileName: "so-lieu-cchc.xlsx" }).file_id,
  };
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("evidence per leaf", () => {
  test("a file, a photo and an ordinary workbook sent for a leaf are kept with their SHA-256", async () => {
    await h.text(sytLiaison, "/sheet");
    await bot.press(sytLiaison, /^📂 II\. /);
    await bot.press(sytLiaison, "✏️ II.1");
    await h.document(sytLiaison, files.pdf);
    expect(h.lastTo(sytLiaison.id)).toBe(
      `Đã lưu minh chứng cho II.1: bien-ban.pdf (dấu vân tay ${sha(pdf).slice(0, 12)}).`,
    );
    await sendPhoto(files.photo);
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu minh chứng cho II.1: anh-minh-chung.jpg");
    // Not a score sheet the bot made: it is the leaf's evidence, not a returned sheet.
    await h.document(sytLiaison, files.xlsx);
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu minh chứng cho II.1: so-lieu-cchc.xlsx");
    const rows = await evidenceRows();
    expect(rows.map((r) => [r.fileName, r.fileKind, r.telegramFileId])).toEqual([
      ["bien-ban.pdf", "document", files.pdf],
      ["anh-minh-chung.jpg", "photo", files.photo],
      ["so-lieu-cchc.xlsx", "document", files.xlsx],
    ]);
    expect(rows[0]!.sha256).toBe(sha(pdf));
    expect(rows[1]!.sha256).toBe(sha(photoBytes));
    const audits = await t.db.auditEvent.findMany({ where: { action: "sheet.evidence_added" } });
    expect(audits.map((a) => JSON.parse(a.details!).sha256)).toEqual(rows.map((r) => r.sha256));
  });

  test("the same file again for the leaf is said so and stored once", async () => {
    const before = await snapshotTables(t.db, { ignore: ["HandledUpdate"] });
    const again = h.api.addFile(pdf, { fileName: "bien-ban (1).pdf", mimeType: "application/pdf" });
    await h.document(sytLiaison, again.file_id);
    expect(h.lastTo(sytLiaison.id)).toBe("Tệp này đã được đính kèm cho mục II.1.");
    expect(await snapshotTables(t.db, { ignore: ["HandledUpdate"] })).toEqual(before);
  });

  test("the sheet counts each leaf's evidence, and the unit opens it: each file as it came", async () => {
    await h.text(sytLiaison, "/sheet");
    await bot.press(sytLiaison, /^📂 II\. /);
    expect(h.lastTo(sytLiaison.id)).toContain("II.1. Cải cách hành chính, kỷ luật, kỷ cương hành chính (10): — 📎3");
    expect(bot.labels(sytLiaison)).toContain("📎 II.1 (3)");
    expect(bot.labels(sytLiaison)).not.toContain("📎 II.2 (0)");
    const sentBefore = h.api.sent(sytLiaison.id).length;
    await bot.press(sytLiaison, "📎 II.1 (3)");
    const resent = h.api.sent(sytLiaison.id).slice(sentBefore);
    expect(resent.map((m) => [m.method, m.file?.file_id])).toEqual([
      ["sendDocument", files.pdf],
      ["sendPhoto", files.photo],
      ["sendDocument", files.xlsx],
    ]);
    expect(resent[0]!.caption).toBe(
      `Minh chứng 1/3 của Sở Y tế, mục II.1: bien-ban.pdf, gửi lúc 01/12/2026 10:00 (SHA-256 ${grouped(sha(pdf))}…)`,
    );
  });

  test("the reviewer opens a submitted sheet's evidence from the review view", async () => {
    await bot.press(sytLiaison, "✏️ II.1");
    await h.text(sytLiaison, "8");
    await h.text(sytSignatory, "/sheet");
    await bot.press(sytSignatory, "📤 Nộp phiếu");
    await h.text(leader, "/review");
    await bot.press(leader, /^🔎 .*Y tế/);
    expect(bot.labels(leader)).toContain("📎 II.1 (3)");
    const sentBefore = h.api.sent(leader.id).length;
    await bot.press(leader, "📎 II.1 (3)");
    expect(
      h.api
        .sent(leader.id)
        .slice(sentBefore)
        .map((m) => m.file?.file_id),
    ).toEqual([files.pdf, files.photo, files.xlsx]);
  });

  test("another unit's member cannot open them: told whose sheet it is, nothing sent", async () => {
    const { button } = bot.findButton(leader, "📎 II.1 (3)");
    const before = await snapshotTables(t.db, { ignore: ["HandledUpdate"] });
    const toast = await readRefusal(h.api, sgdSignatory, () => h.press(sgdSignatory, button.callback_data));
    expect(toast).toBe("Đây là phiếu của Sở Y tế; chỉ thành viên đơn vị đó được chấm.");
    expect(await snapshotTables(t.db, { ignore: ["HandledUpdate"] })).toEqual(before);
  });
});
