import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { buildScaleXlsx, khoi1000File, readScaleFixture, soNganh100File } from "../support/scale-files.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The leader unit imports the year's scale as an .xlsx sheet; every member reads it with /scale.
let t: TestDb;
let h: ApiHarness;
const now = new Date("2026-02-02T02:00:00Z");
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(930_000, "Khối trưởng");
const liaison = person(930_001, "Chuyên viên");
const english = { ...person(930_002, "Officer"), language_code: "en" };
const xlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const sheet = async (file = khoi1000File, options: Parameters<typeof buildScaleXlsx>[1] = {}) =>
  h.api.addFile(await buildScaleXlsx(readScaleFixture(file), options), {
    fileName: "thang-diem.xlsx",
    mimeType: xlsxMime,
  });
const sentTexts = (chatId: number, since: number) =>
  h.api
    .sent(chatId)
    .slice(since)
    .map((m) => m.text ?? "");

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await h.text(liaison, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(english, `/start ${await seed.invite("BDT", "liaison")}`);
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("/scale", () => {
  test("before any import, /scale says there is none", async () => {
    await h.text(liaison, "/scale");
    expect(h.lastTo(liaison.id)).toContain("Khối chưa có thang điểm");
  });

  test("the leader sends the .xlsx with the caption /scale import; it is stored for the year", async () => {
    await h.document(leader, (await sheet()).file_id, "/scale import");
    expect(h.lastTo(leader.id)).toBe(
      "Đã nhập thang điểm «Thang điểm chấm điểm thi đua Khối thi đua số 4 năm 2026» năm 2026 (phiên bản 1): 45 tiêu chí, tổng 1.000 điểm. Xem bằng /scale.",
    );
    expect(await t.db.scale.findFirstOrThrow()).toMatchObject({ year: 2026, version: 1, status: "active" });
  });

  test("every member sees the tree, split into messages under Telegram's limit", async () => {
    const since = h.api.sent(liaison.id).length;
    await h.text(liaison, "/scale");
    const parts = sentTexts(liaison.id, since);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    const text = parts.join("\n");
    expect(text).toContain("Năm 2026 · phiên bản 1 · đang áp dụng · tổng 1.000 điểm");
    expect(text).toContain("Điểm thưởng tối đa: 50 điểm");
    expect(text).toContain("II. Công tác xây dựng lực lượng, cải cách hành chính — 200 điểm");
    expect(text).toContain("  4. Công tác thi đua, khen thưởng — 10 điểm");
    expect(text).toContain("  5. Chấp hành chế độ thông tin, báo cáo — 5 điểm, chấm trực tiếp");
    expect(text).toContain("↳ theo chế độ báo cáo: -1 điểm mỗi báo cáo trễ, -2 điểm mỗi báo cáo thiếu");
    expect(text).toContain(
      "a) Tham dự đầy đủ hội nghị, hoạt động của Khối (5 điểm/buổi) — 5 điểm/lần, từ 0 đến 20 điểm",
    );
    expect(text).toContain("      b.2 Không có nhiệm vụ quá hạn chưa hoàn thành — 40 điểm, đạt/không đạt");
    expect(text).toContain("↳ có thể không giao cho đơn vị");
    expect(text).toContain("↳ Minh chứng: Quyết định công nhận sáng kiến");
  });

  test("in English for an English-speaking member", async () => {
    await h.text(english, "/scale");
    expect(sentTexts(english.id, 0).join("\n")).toContain("Year 2026 · version 1 · in use · 1,000 points in all");
  });

  test("a liaison's sheet is refused before anything is read or written", async () => {
    const before = await snapshotTables(t.db, { ignore: ["AuditEvent", "HandledUpdate"] });
    await h.document(liaison, (await sheet(soNganh100File)).file_id, "/scale import new");
    expect(h.lastTo(liaison.id)).toContain("chỉ dành cho đơn vị Khối trưởng");
    expect(await snapshotTables(t.db, { ignore: ["AuditEvent", "HandledUpdate"] })).toEqual(before);
    await h.text(liaison, "/scale import");
    expect(h.lastTo(liaison.id)).toContain("chỉ dành cho đơn vị Khối trưởng");
  });

  test("the same sheet again changes nothing; other content needs «new»", async () => {
    const unnamed = h.api.addFile(await buildScaleXlsx(readScaleFixture(khoi1000File)), {
      fileName: "thang-diem",
      mimeType: xlsxMime,
    });
    await h.document(leader, unnamed.file_id, "/scale import 2026");
    expect(h.lastTo(leader.id)).toContain("đã có đúng nội dung này");
    await h.document(leader, (await sheet(soNganh100File)).file_id, "/scale import");
    expect(h.lastTo(leader.id)).toContain("đang được áp dụng");
    expect(h.lastTo(leader.id)).toContain("«/scale import new»");
    expect(await t.db.scale.count()).toBe(1);
  });

  test("after /scale import new, a sheet with its columns moved becomes version 2", async () => {
    await h.text(leader, "/scale import new");
    expect(h.lastTo(leader.id)).toContain("Hãy gửi tệp thang điểm .xlsx cho năm 2026");
    await h.text(leader, "thang điểm mới đây");
    expect(h.lastTo(leader.id)).toBe("Vui lòng gửi tệp .xlsx của thang điểm (gõ /cancel để huỷ).");
    const docx = h.api.addFile("không phải bảng tính", { fileName: "thang-diem.docx" });
    await h.document(leader, docx.file_id);
    expect(h.lastTo(leader.id)).toBe(
      "Tệp «thang-diem.docx» không được hỗ trợ. Vui lòng gửi thang điểm dưới dạng tệp .xlsx.",
    );
    const columns = ["Loại", "Minh chứng", "Điểm tối đa", "STT", "Tiêu chí", "Thiếu báo cáo", "Báo cáo trễ"];
    await h.document(
      leader,
      (await sheet(soNganh100File, { columns: [...columns, "Điểm mỗi lần", "Điểm tối thiểu"] })).file_id,
    );
    expect(h.lastTo(leader.id)).toContain("Đã tạo phiên bản 2 của thang điểm năm 2026");
    expect(await t.db.conversation.count({ where: { kind: "scale_import" } })).toBe(0);
    await h.text(liaison, "/scale");
    const tree = sentTexts(liaison.id, -1)[0]!;
    expect(tree).toContain("phiên bản 2 · đang áp dụng · tổng 100 điểm");
    expect(tree).toContain("↳ theo chế độ báo cáo: -0,5 điểm mỗi báo cáo trễ, -1 điểm mỗi báo cáo thiếu");
  });

  test("a sheet with a renamed column is refused with the column named; nothing is written", async () => {
    const before = await snapshotTables(t.db, { ignore: ["HandledUpdate"] });
    const columns = ["STT", "Nội dung", "Điểm tối đa", "Loại", "Minh chứng"];
    await h.document(leader, (await sheet(soNganh100File, { columns })).file_id, "/scale import 2027");
    expect(h.lastTo(leader.id)).toBe(
      "Thang điểm chưa hợp lệ (2 lỗi), chưa lưu gì:\n• cột «Nội dung» (dòng 2) không thuộc mẫu thang điểm\n• thiếu cột «Tiêu chí»",
    );
    expect(await snapshotTables(t.db, { ignore: ["HandledUpdate"] })).toEqual(before);
  });

  test("/cancel leaves /scale import without importing", async () => {
    await h.text(leader, "/scale import");
    await h.text(leader, "/cancel");
    expect(h.lastTo(leader.id)).toBe("Đã huỷ.");
    await h.document(leader, (await sheet()).file_id);
    expect(await t.db.scale.count()).toBe(2);
  });

  test("/scale with a year shows that year; bad arguments get the usage", async () => {
    await h.text(liaison, "/scale 2025");
    expect(h.lastTo(liaison.id)).toContain("Khối chưa có thang điểm cho năm 2025");
    await h.text(liaison, "/scale xyz");
    expect(h.lastTo(liaison.id)).toContain("Cách dùng: /scale [năm]");
  });
});
