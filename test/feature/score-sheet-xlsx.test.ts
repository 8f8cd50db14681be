import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { locate } from "../documents/fixtures/filled-score-sheet.js";
import { readRefusal } from "../support/read-refusal.js";
import {
  lastSentWorkbook,
  openRoundWithPeople,
  person,
  sendWorkbook,
  setSheetMeta,
  sheetBot,
} from "../support/score-sheet-bot.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The Excel round trip through the bot over the fake Bot API: the unit gets its pre-filled sheet from /sheet, fills
// it like a person in Excel (exceljs here), sends it back as a document; every problem is named, or every changed
// figure is saved in one go.
let t: TestDb;
let h: ApiHarness;
let bot: ReturnType<typeof sheetBot>;
let leaf: (path: string) => string;
let sytSheetId: string;
let now = new Date("2026-12-01T03:00:00Z");
const leader = person(951_001, "Trưởng khối");
const sytSignatory = person(951_002, "Ký SYT");
const sytLiaison = person(951_003, "LL SYT");
const sgdSignatory = person(951_004, "Ký SGD");
const sytEnglish = person(951_005, "SYT staff", "en");

// What the liaison types into the downloaded sheet, by leaf path and column.
const figures: [string, string, ExcelJS.CellValue][] = [
  ["I.1", "Kết quả", 95],
  ["I.1", "Chỉ tiêu", 100],
  ["I.2", "Điểm", "12,5"],
  ["I.3", "Kết quả", 12],
  ["I.3", "Chỉ tiêu", 15],
  ["II.1", "Điểm", 9],
  ["II.2", "Đạt (x)", "x"],
  ["II.5", "Số lần", 1],
  ["III.1", "Đạt (x)", "X"],
  ["III.2", "Số lần", 4],
  ["IV.1", "Số lần", 2],
];
const cellOf = (sheet: ExcelJS.Worksheet, path: string, column: string) => locate(sheet).cell(leaf(path), column);
const rowOf = (sheet: ExcelJS.Worksheet, path: string) => locate(sheet).rowOf(leaf(path));
let filledBytes: Buffer;

async function downloadAs(user: typeof sytLiaison) {
  await h.text(user, "/sheet");
  await bot.press(user, "📥 Bảng điểm Excel");
  return lastSentWorkbook(h, user);
}
async function filledWorkbook(change?: (sheet: ExcelJS.Worksheet) => void) {
  const { workbook } = await downloadAs(sytLiaison);
  const sheet = workbook.worksheets[0]!;
  for (const [path, column, value] of figures) cellOf(sheet, path, column).value = value;
  change?.(sheet);
  return workbook;
}
const selfEntries = () => t.db.scoreEntry.findMany({ where: { sheetId: sytSheetId, layer: "self" } });
const unchangedBy = async (act: () => Promise<unknown>, ignore = ["HandledUpdate"]) => {
  const before = await snapshotTables(t.db, { ignore });
  await act();
  expect(await snapshotTables(t.db, { ignore })).toEqual(before);
};

beforeAll(async () => {
  t = await createTestDb();
  h = await createApiHarness({ db: t.db, now: () => now });
  bot = sheetBot(h);
  const opened = await openRoundWithPeople(t, h, now, {
    SVHTT: [leader],
    SYT: [sytSignatory, sytLiaison, sytEnglish],
    SGDDT: [sgdSignatory],
  });
  leaf = opened.leaf;
  sytSheetId = (await t.db.scoreSheet.findFirstOrThrow({ where: { unitId: opened.seed.unitId("SYT") } })).id;
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("the score sheet as an Excel round trip", () => {
  test("/sheet sends the unit its sheet pre-filled: its figures, the locked reporting deduction, whose it is", async () => {
    await h.text(sytLiaison, "/sheet");
    expect(bot.labels(sytLiaison)).toEqual(expect.arrayContaining(["📥 Bảng điểm Excel", "📤 Gửi lại bảng điểm"]));
    await bot.press(sytLiaison, /^📂 II\. /);
    await bot.press(sytLiaison, "✏️ II.1");
    await h.text(sytLiaison, "8");
    const { workbook, sent } = await downloadAs(sytLiaison);
    expect(sent.caption).toContain("Phiếu tự chấm điểm năm 2026 của Sở Y tế");
    expect(sent.caption).toContain("trước 15/12/2026 17:00");
    expect(sent.file?.fileName).toBe("phieu-cham-diem-SYT-2026.xlsx");
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM 2026");
    expect(cellOf(sheet, "II.1", "Điểm").value).toBe(8);
    expect(cellOf(sheet, "II.1", "Điểm").protection?.locked).toBe(false);
    expect(cellOf(sheet, "II.3", "Điểm").value).toBe(5);
    expect(cellOf(sheet, "II.3", "Điểm").protection?.locked).not.toBe(false);
    expect(cellOf(sheet, "II.3", "Ghi chú").value).toBe("Theo chế độ báo cáo, bot tính");
    const meta = workbook.getWorksheet("_khoi")!;
    expect(meta.state).toBe("hidden");
    const metaRows = meta.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1, 3)] : []));
    expect(metaRows).toEqual(
      expect.arrayContaining([
        ["unit", "SYT"],
        ["sheet", sytSheetId],
        ["year", 2026],
      ]),
    );
  });

  test("filled in Excel and sent back, the changed figures are saved at once, each with its history", async () => {
    const changesBefore = await t.db.scoreChange.count({ where: { sheetId: sytSheetId } });
    filledBytes = await sendWorkbook(h, sytLiaison, await filledWorkbook(), "phieu-cham-diem-SYT-2026.xlsx");
    const reply = h.api.sent(sytLiaison.id).at(-1)!;
    expect(reply.text).toContain(
      "Đã lưu bảng điểm: 10 mục thay đổi (I.1, I.2, I.3, II.1, II.2, II.4, II.5, III.1, III.2, IV.1). " +
        "Tổng điểm tự chấm: 64,75/100.",
    );
    expect(reply.text).toContain("Phiếu chấm điểm năm 2026 – Sở Y tế (đang chấm)");
    expect(buttonsLabels(reply.replyMarkup)).toEqual(expect.arrayContaining(["📥 Bảng điểm Excel"]));
    const self = new Map((await selfEntries()).map((e) => [e.nodeId, e]));
    expect(self.get(leaf("I.1"))).toMatchObject({ result: 95, target: 100, points: null });
    expect(self.get(leaf("I.2"))?.points).toBe(12.5);
    expect(self.get(leaf("II.1"))?.points).toBe(9);
    expect(self.get(leaf("II.2"))?.passed).toBe(true);
    expect(self.get(leaf("II.3"))).toMatchObject({ points: 5, bound: true });
    expect(self.get(leaf("II.4"))?.passed).toBe(false);
    expect(self.get(leaf("IV.1"))?.count).toBe(2);
    expect(await t.db.scoreChange.count({ where: { sheetId: sytSheetId } })).toBe(changesBefore + 10);
    const ii1 = await t.db.scoreChange.findFirstOrThrow({
      where: { sheetId: sytSheetId, nodeId: leaf("II.1"), oldValue: { not: null } },
    });
    expect([JSON.parse(ii1.oldValue!), JSON.parse(ii1.newValue)]).toEqual([
      { assigned: true, points: 8 },
      { assigned: true, points: 9 },
    ]);
    const audits = await t.db.auditEvent.findMany({ where: { action: "sheet.entries_imported" } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({
      fileName: "phieu-cham-diem-SYT-2026.xlsx",
      changed: ["I.1", "I.2", "I.3", "II.1", "II.2", "II.4", "II.5", "III.1", "III.2", "IV.1"],
    });
  });

  test("the same file sent twice changes nothing and says so", async () => {
    await unchangedBy(async () => {
      const file = h.api.addFile(filledBytes, { fileName: "phieu-cham-diem-SYT-2026.xlsx" });
      await h.document(sytLiaison, file.file_id);
    });
    expect(h.lastTo(sytLiaison.id)).toContain("Bảng điểm không có gì thay đổi so với phiếu hiện tại");
  });

  test("every bad cell is named by row, path and title, and nothing is saved", async () => {
    const rows: Record<string, number> = {};
    let added = 0;
    const workbook = await filledWorkbook((sheet) => {
      for (const path of ["I.2", "II.1", "II.3", "III.2"]) rows[path] = rowOf(sheet, path);
      cellOf(sheet, "I.2", "Điểm").value = 20;
      cellOf(sheet, "II.1", "Điểm").value = -1;
      cellOf(sheet, "II.3", "Điểm").value = 4;
      cellOf(sheet, "III.2", "Số lần").value = "bốn";
      added = sheet.rowCount + 1;
      const { column } = locate(sheet);
      sheet.getCell(added, column("STT")).value = "9";
      sheet.getCell(added, column("_node")).value = "khong-co";
      sheet.getCell(added + 1, column("STT")).value = "1";
      sheet.getCell(added + 1, column("_node")).value = leaf("II.1");
    });
    await unchangedBy(() => sendWorkbook(h, sytLiaison, workbook, "phieu.xlsx"));
    expect(h.lastTo(sytLiaison.id).split("\n")).toEqual([
      "Bảng điểm chưa được lưu: có 6 lỗi. Sửa trong tệp rồi gửi lại; không có gì được ghi.",
      `• Dòng ${rows["I.2"]} («Tham mưu UBND tỉnh ban hành văn bản, đề án đúng tiến độ»): Mục I.2: vượt điểm tối đa (15 điểm).`,
      `• Dòng ${rows["II.1"]} («Cải cách hành chính, kỷ luật, kỷ cương hành chính»): Mục II.1: không được nhập số âm (từ 0 đến 10 điểm).`,
      `• Dòng ${rows["II.3"]} («Chấp hành chế độ thông tin, báo cáo»): STT II.3: điểm theo chế độ báo cáo do bot tính (5) đã bị sửa thành «4»; ô này không được sửa.`,
      `• Dòng ${rows["III.2"]} («Tham gia hoạt động của Khối (2 điểm/lần)»): STT III.2: ô «Số lần» ghi «bốn», không phải là số. Hãy nhập một số, ví dụ 7,5.`,
      `• Dòng ${added} (STT «9») không có trong thang điểm; không được thêm dòng hay sửa cột ẩn.`,
      `• Dòng ${added + 1} («Cải cách hành chính, kỷ luật, kỷ cương hành chính»): STT II.1 (dòng ${added + 1}) có hai lần.`,
    ]);
  });

  test("in English for a member who speaks it: the sheet's title and every problem", async () => {
    await h.text(sytEnglish, "/sheet");
    await bot.press(sytEnglish, "📥 Excel score sheet");
    const { workbook } = await lastSentWorkbook(h, sytEnglish);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("SELF-ASSESSMENT SCORE SHEET 2026");
    cellOf(sheet, "I.2", "Điểm").value = 16;
    await unchangedBy(() => sendWorkbook(h, sytEnglish, workbook, "score-sheet.xlsx"));
    expect(h.lastTo(sytEnglish.id).split("\n")).toEqual([
      "The score sheet was not saved: 1 problem(s). Fix them in the file and send it again; nothing was written.",
      `• Row ${rowOf(sheet, "I.2")} (“Tham mưu UBND tỉnh ban hành văn bản, đề án đúng tiến độ”): Item I.2: above the maximum (15 points).`,
    ]);
  });

  test("a renamed column is named; a moved one is read where it went", async () => {
    const renamed = await filledWorkbook((sheet) => {
      sheet.getCell(5, locate(sheet).column("Điểm")).value = "Điểm tự chấm";
    });
    await unchangedBy(() => sendWorkbook(h, sytLiaison, renamed, "phieu.xlsx"));
    expect(h.lastTo(sytLiaison.id).split("\n").slice(1)).toEqual([
      "• Cột «Điểm tự chấm» (dòng 5) không thuộc mẫu phiếu chấm điểm.",
      "• Thiếu cột «Điểm» ở dòng tiêu đề (dòng 5).",
    ]);
    const moved = await filledWorkbook((sheet) => {
      const from = locate(sheet).column("Số lần");
      const to = sheet.getRow(5).cellCount + 1;
      for (let r = 5; r <= sheet.rowCount; r++) {
        sheet.getCell(r, to).value = sheet.getCell(r, from).value;
        sheet.getCell(r, from).value = null;
      }
      sheet.spliceColumns(from, 1);
      cellOf(sheet, "III.2", "Số lần").value = 5;
    });
    await sendWorkbook(h, sytLiaison, moved, "phieu.xlsx");
    expect(h.lastTo(sytLiaison.id)).toContain(
      "Đã lưu bảng điểm: 1 mục thay đổi (III.2). Tổng điểm tự chấm: 66,75/100.",
    );
    expect((await selfEntries()).find((e) => e.nodeId === leaf("III.2"))?.count).toBe(5);
  });

  test("the sheet of another unit, of another round, or of a round that no longer exists is refused", async () => {
    const workbook = await filledWorkbook();
    await unchangedBy(() => sendWorkbook(h, sgdSignatory, workbook, "phieu.xlsx"));
    expect(h.lastTo(sgdSignatory.id)).toBe("Đây là phiếu của Sở Y tế; chỉ thành viên đơn vị đó được chấm.");
    const round = await t.db.reviewRound.findFirstOrThrow();
    const old = await t.db.reviewRound.create({
      data: { ...round, id: undefined, year: 2025, deadline: new Date("2025-12-15T10:00:00Z") },
    });
    const oldSheet = await t.db.scoreSheet.create({
      data: {
        roundId: old.id,
        unitId: (await t.db.scoreSheet.findUniqueOrThrow({ where: { id: sytSheetId } })).unitId,
      },
    });
    setSheetMeta(workbook, "sheet", oldSheet.id);
    await unchangedBy(() => sendWorkbook(h, sytLiaison, workbook, "phieu.xlsx"));
    expect(h.lastTo(sytLiaison.id)).toContain("Tệp này là phiếu của đợt tổng kết năm 2025, không phải đợt đang mở");
    setSheetMeta(workbook, "sheet", "cmgone0000000000000000000");
    await unchangedBy(() => sendWorkbook(h, sytLiaison, workbook, "phieu.xlsx"));
    expect(h.lastTo(sytLiaison.id)).toContain("Phiếu chấm điểm này không còn");
  });

  test("after 📤 the next file must be a score sheet; an ordinary workbook is refused, a score sheet saved", async () => {
    await h.text(sytLiaison, "/sheet");
    await bot.press(sytLiaison, "📤 Gửi lại bảng điểm");
    expect(h.lastTo(sytLiaison.id)).toContain("Gửi tệp .xlsx bảng điểm đã điền");
    await h.text(sytLiaison, "9");
    expect(h.lastTo(sytLiaison.id)).toBe("Vui lòng gửi tệp Excel (.xlsx) bảng điểm đã điền, hoặc /cancel.");
    const plain = await filledWorkbook();
    plain.removeWorksheet(plain.getWorksheet("_khoi")!.id);
    await sendWorkbook(h, sytLiaison, plain, "bang-diem.xlsx");
    expect(h.lastTo(sytLiaison.id)).toContain("Tệp này không phải phiếu chấm điểm do bot gửi");
    await h.text(sytLiaison, "/sheet");
    await bot.press(sytLiaison, "📤 Gửi lại bảng điểm");
    const filled = await filledWorkbook((sheet) => void (cellOf(sheet, "IV.1", "Số lần").value = 3));
    await sendWorkbook(h, sytLiaison, filled, "phieu.xlsx");
    expect(h.lastTo(sytLiaison.id)).toContain("Đã lưu bảng điểm: 2 mục thay đổi (III.2, IV.1)");
    expect(await t.db.conversation.count({ where: { kind: "sheet_xlsx" } })).toBe(0);
  });

  test("a submitted sheet takes no file, and its Excel button is stale", async () => {
    const workbook = await filledWorkbook();
    await h.text(sytSignatory, "/sheet");
    await bot.press(sytSignatory, "📤 Nộp phiếu");
    expect(h.lastTo(sytSignatory.id)).toContain("Đã nộp và khóa phiếu");
    await unchangedBy(() => sendWorkbook(h, sytLiaison, workbook, "phieu.xlsx"));
    expect(h.lastTo(sytLiaison.id)).toBe(
      "Phiếu của Sở Y tế đã nộp nên không sửa được nữa; bảng điểm gửi lại không được lưu.",
    );
    const { message, button } = bot.findButton(sytLiaison, "📥 Bảng điểm Excel");
    let toast = "";
    await unchangedBy(async () => {
      toast = await readRefusal(h.api, sytLiaison, () =>
        h.press(sytLiaison, button.callback_data, { chatId: sytLiaison.id, messageId: message.messageId }),
      );
    });
    expect(toast).toContain("Phiếu của Sở Y tế đã chuyển sang bước khác");
  });

  test("after the deadline a returned sheet saves nothing", async () => {
    await h.text(sgdSignatory, "/sheet");
    await bot.press(sgdSignatory, "📥 Bảng điểm Excel");
    const { workbook } = await lastSentWorkbook(h, sgdSignatory);
    cellOf(workbook.worksheets[0]!, "II.1", "Điểm").value = 7;
    now = new Date("2026-12-15T10:00:01Z");
    await unchangedBy(() => sendWorkbook(h, sgdSignatory, workbook, "phieu.xlsx"));
    expect(h.lastTo(sgdSignatory.id)).toBe("Đã quá hạn nộp phiếu; không có gì được lưu.");
  });
});

const buttonsLabels = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string }[][] })?.inline_keyboard ?? []).flat().map((b) => b.text);
