import ExcelJS from "exceljs";
import { readRefusal } from "../support/read-refusal.js";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { buildDraftDocx } from "../documents/fixtures/build-draft-docx.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The whole góp ý round of March 2018 over the fake Bot API, with the clock moved by hand; the suite runs under
// TZ=America/New_York, so any date computed in server time would show up wrong.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2018-03-10T02:00:00Z"); // 09:00 in Vietnam
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(910_000, "Nghiệp");
const board = person(910_001, "Tửu");
const units = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"];
const liaison = Object.fromEntries(units.map((code, i) => [code, person(910_010 + i, `LL ${code}`)]));
const unitMembers = [leader, ...Object.values(liaison)];
let draftId = "";

const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const lastMessage = (chatId: number) => h.api.sent(chatId).at(-1)!;
const pressText = async (user: { id: number; first_name: string }, label: string | RegExp) => {
  const message = [...h.api.sent(user.id)]
    .reverse()
    .find((m) =>
      buttonsOf(m.replyMarkup).some((b) => (typeof label === "string" ? b.text === label : label.test(b.text))),
    )!;
  const button = buttonsOf(message.replyMarkup).find((b) =>
    typeof label === "string" ? b.text === label : label.test(b.text),
  )!;
  await h.press(user, button.callback_data, { chatId: user.id, messageId: message.messageId });
};
const refusal = (user: { id: number }, press: () => Promise<unknown>) => readRefusal(h.api, user, press);

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  for (const code of units) await h.text(liaison[code]!, `/start ${await seed.invite(code, "liaison")}`);
  await t.db.outboxMessage.deleteMany();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("a draft from upload to synthesis table", () => {
  test("the leader uploads a .docx; the bot reads its articles, asks title, kind and deadline, then shows what will go out", async () => {
    const bytes = await buildDraftDocx();
    const file = h.api.addFile(bytes, { fileName: "du-thao-quy-che.docx" });
    await h.text(leader, "/newdraft");
    expect(h.lastTo(leader.id)).toContain("Hãy gửi tệp dự thảo");
    await h.document(leader, file.file_id);
    expect(h.lastTo(leader.id)).toContain("Đã đọc được 5 Điều (Điều 1 – Điều 5)");
    await h.text(leader, "Quy chế hoạt động của Khối thi đua số 4 năm 2018");
    await pressText(leader, "Quy chế hoạt động của Khối");
    await h.text(leader, "15/03/2018");
    const confirm = h.lastTo(leader.id);
    expect(confirm).toContain("Hạn góp ý: 15/03/2018 17:00");
    expect(confirm).toContain("mọi thành viên của 7 đơn vị");
    await pressText(leader, "Gửi dự thảo");
    const draft = await t.db.draft.findFirstOrThrow({ include: { versions: true } });
    draftId = draft.id;
    expect(draft.deadline.toISOString()).toBe("2018-03-15T10:00:00.000Z");
    const { createHash } = await import("node:crypto");
    expect(draft.versions[0]!.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(JSON.parse(draft.versions[0]!.clauses).map((c: { label: string }) => c.label)).toEqual([
      "Điều 1",
      "Điều 2",
      "Điều 3",
      "Điều 4",
      "Điều 5",
    ]);
  });

  test("every member of the seven units receives the document, the deadline and the two answer buttons", async () => {
    await h.deliver();
    const fileId = (await t.db.draftVersion.findFirstOrThrow()).fileId;
    for (const member of unitMembers) {
      const got = h.api.sent(member.id).filter((m) => m.method === "sendDocument");
      expect(got, member.first_name).toHaveLength(1);
      expect(got[0]!.file?.file_id).toBe(fileId);
      expect(got[0]!.caption).toContain("Hạn góp ý: 15/03/2018 17:00");
      expect(buttonsOf(got[0]!.replyMarkup).map((b) => b.text)).toEqual(["✍️ Góp ý", "Không có ý kiến"]);
    }
    expect(h.api.sent(board.id).filter((m) => m.method === "sendDocument")).toHaveLength(0);
  });

  test("three units comment on different articles, two answer no comments", async () => {
    const comments: [string, string, string][] = [
      ["BDT", "Điều 2", "Đề nghị bổ sung đối tượng áp dụng là các đơn vị sự nghiệp trực thuộc."],
      ["SGDDT", "Điều 3", "Điều 3, khoản 2: đề nghị ghi rõ luân phiên Khối trưởng theo thứ tự bốc thăm."],
      ["SDL", "Góp ý chung", "Đề nghị rà soát thể thức văn bản theo Nghị định 30/2020/NĐ-CP."],
    ];
    for (const [code, clause, text] of comments) {
      const member = liaison[code]!;
      await pressText(member, "✍️ Góp ý");
      expect(h.lastTo(member.id)).toContain("Chọn Điều muốn góp ý");
      await pressText(member, clause === "Góp ý chung" ? clause : new RegExp(`^${clause}\\.`));
      expect(h.api.chatMessages(member.id).at(-1)!.text).toContain(`– ${clause}.`);
      await h.text(member, text);
      expect(h.lastTo(member.id)).toContain(
        `Đã ghi nhận góp ý của đơn vị về «Quy chế hoạt động của Khối thi đua số 4 năm 2018» – ${clause}`,
      );
    }
    for (const code of ["SLDTBXH", "SKHCN"]) {
      await pressText(liaison[code]!, "Không có ý kiến");
      expect(h.lastTo(liaison[code]!.id)).toContain("không có ý kiến");
    }
    await h.text(liaison.BDT!, "/drafts");
    expect(h.lastTo(liaison.BDT!.id)).toContain("đơn vị bạn đã góp 1 ý kiến");
    expect(await t.db.draftComment.count()).toBe(3);
    expect(await t.db.draftUnitAnswer.count()).toBe(2);
  });

  test("a member edits and withdraws their own comment before the deadline; 'no comments' cannot hide live comments", async () => {
    const member = liaison.SDL!;
    await pressText(member, "✍️ Góp ý");
    await pressText(member, /^Điều 5\./);
    await h.text(member, "Điều 5: đề nghị hiệu lực từ ngày 01/04/2018.");
    await pressText(member, "Sửa");
    await h.text(member, "Điều 5: đề nghị hiệu lực kể từ ngày ký.");
    expect(h.lastTo(member.id)).toBe("Đã sửa góp ý (Điều 5).");
    await pressText(member, "Rút lại");
    expect(h.lastTo(member.id)).toBe("Rút lại góp ý (Điều 5)?\nĐiều 5: đề nghị hiệu lực kể từ ngày ký.");
    await pressText(member, "Có, rút lại");
    expect(h.api.chatMessages(member.id).some((m) => m.text === "Đã rút lại góp ý (Điều 5).")).toBe(true);
    expect(await refusal(member, () => pressText(member, "Không có ý kiến"))).toBe(
      "Đơn vị bạn đã có 1 ý kiến góp ý cho dự thảo này. Muốn trả lời «không có ý kiến», hãy rút lại các góp ý trước (nút «Góp ý của tôi»).",
    );
    expect(await t.db.draftComment.count({ where: { withdrawnAt: null } })).toBe(3);
    expect(await t.db.draftUnitAnswer.count()).toBe(2);
  });

  test("the clock moves: exactly the silent unit is reminded (not the leader unit, whose draft it is), once each, at 2 days and 2 hours before, in Vietnam time", async () => {
    const reminders = () =>
      unitMembers.map((m) => h.api.sent(m.id).filter((s) => s.text?.startsWith("⏳ Nhắc góp ý")).length);
    now = new Date("2018-03-13T09:59:00Z"); // 16:59 in Vietnam, a minute before the two-day mark
    await h.runJobs(now);
    await h.deliver();
    expect(reminders().every((n) => n === 0)).toBe(true);
    now = new Date("2018-03-13T10:00:00Z");
    await h.runJobs(now);
    await h.runJobs(new Date("2018-03-13T10:01:00Z"));
    await h.deliver();
    const silent = [liaison.SYT!.id];
    for (const member of unitMembers) {
      expect(h.api.sent(member.id).filter((s) => s.text?.startsWith("⏳ Nhắc góp ý")).length, member.first_name).toBe(
        silent.includes(member.id) ? 1 : 0,
      );
    }
    const reminder = lastMessage(liaison.SYT!.id);
    expect(reminder.text).toContain("Sở Y tế chưa gửi ý kiến");
    expect(reminder.text).toContain("Hạn góp ý: 15/03/2018 17:00");
    expect(buttonsOf(reminder.replyMarkup).map((b) => b.text)).toEqual(["✍️ Góp ý", "Không có ý kiến"]);
    now = new Date("2018-03-15T08:00:00Z"); // 15:00 in Vietnam
    await h.runJobs(now);
    await h.deliver();
    expect(reminders()).toEqual(unitMembers.map((m) => (silent.includes(m.id) ? 2 : 0)));
  });

  test("the leader answers comments; the commenting unit is told", async () => {
    await h.text(leader, "/comments");
    const review = h.api
      .sent(leader.id)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(review).toContain("✍️ Ban Dân tộc: 1 ý kiến");
    expect(review).toContain("✅ Sở LĐTB&XH: không có ý kiến");
    expect(review).toContain("⏳ Sở Y tế: chưa trả lời");
    expect(review).toMatch(/#1 · Góp ý chung · Sở Du lịch/);
    await pressText(leader, "#2 Tiếp thu");
    await h.text(leader, "Tiếp thu, bổ sung khoản 3 Điều 2.");
    expect(h.lastTo(leader.id)).toBe("Đã lưu ý kiến Tiếp thu và thông báo cho đơn vị góp ý.");
    await pressText(leader, "#3 Giải trình");
    await h.text(leader, "Thứ tự luân phiên đã quy định tại Quy chế khen thưởng của tỉnh.");
    await h.deliver();
    expect(h.lastTo(liaison.BDT!.id)).toContain("Tiếp thu: Tiếp thu, bổ sung khoản 3 Điều 2.");
    expect(h.lastTo(liaison.SGDDT!.id)).toContain("Giải trình: Thứ tự luân phiên");
  });

  test("the synthesis table is exported as .docx and .xlsx with the right rows", async () => {
    await pressText(leader, "📄 Bảng tổng hợp (.docx)");
    const docx = lastMessage(leader.id);
    expect(docx.file?.fileName).toMatch(/^tong-hop-gop-y-quy-che-hoat-dong.*\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: h.api.fileBytes(docx.file!.file_id)! });
    expect(text).toMatch(/BẢNG TỔNG HỢP Ý KIẾN GÓP Ý/i);
    for (const expected of [
      "Ban Dân tộc",
      "Sở Giáo dục và Đào tạo",
      "Sở Du lịch",
      "Điều 2",
      "Điều 3",
      "Tiếp thu, bổ sung khoản 3 Điều 2.",
      "Sở Lao động, Thương binh và Xã hội",
      "Sở Khoa học và Công nghệ",
    ]) {
      expect(text).toContain(expected);
    }
    await pressText(leader, "📊 Bảng tổng hợp (.xlsx)");
    const xlsx = lastMessage(leader.id);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(h.api.fileBytes(xlsx.file!.file_id)! as never);
    const cells: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      cells.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
    );
    const dataRows = cells.filter((row) => /^\d+$/.test(row[0] ?? ""));
    expect(dataRows.map((row) => row.slice(1, 3))).toEqual([
      ["Góp ý chung", "Sở Du lịch"],
      ["Điều 2", "Ban Dân tộc"],
      ["Điều 3", "Sở Giáo dục và Đào tạo"],
    ]);
  });

  test("after the deadline comments are refused with the deadline shown, and the leader unit gets the synthesis once", async () => {
    now = new Date("2018-03-15T10:00:00Z");
    expect(await refusal(liaison.SYT!, () => pressText(liaison.SYT!, "✍️ Góp ý"))).toBe(
      "Đã hết hạn góp ý (hạn: 15/03/2018 17:00). Nếu cần, hãy đề nghị đơn vị Khối trưởng gia hạn.",
    );
    await h.runJobs(now);
    await h.runJobs(new Date("2018-03-15T10:01:00Z"));
    await h.deliver();
    const files = h.api.sent(leader.id).filter((m) => m.caption?.startsWith("Đã hết hạn góp ý"));
    expect(files.map((m) => m.file?.fileName?.split(".").pop())).toEqual(["docx", "xlsx"]);
    expect(files[0]!.caption).toContain("3 ý kiến; 2 đơn vị không có ý kiến; 2 đơn vị chưa trả lời");
  });

  test("the leader extends the deadline: everyone is told and comments open again", async () => {
    await h.text(leader, "/comments");
    await pressText(leader, "⏰ Gia hạn góp ý");
    await h.text(leader, "17/03/2018 11:30");
    expect(h.lastTo(leader.id)).toContain("đến 17/03/2018 11:30");
    await h.deliver();
    for (const member of unitMembers)
      expect(h.lastTo(member.id), member.first_name).toContain(
        "được gia hạn đến 17/03/2018 11:30 (trước đây: 15/03/2018 17:00)",
      );
    await pressText(liaison.SYT!, "✍️ Góp ý");
    expect(h.lastTo(liaison.SYT!.id)).toContain("Chọn Điều muốn góp ý");
  });

  test("the leader sets the reminder schedule of a draft", async () => {
    await pressText(leader, "🔔 Lịch nhắc góp ý");
    expect(h.lastTo(leader.id)).toContain("trước hạn: 2 ngày, 2 giờ");
    await h.text(leader, "sớm thôi");
    expect(h.lastTo(leader.id)).toContain("Không hiểu lịch nhắc");
    await h.text(leader, "1 ngày, 3 giờ");
    expect(h.lastTo(leader.id)).toBe(
      "Đã đặt lịch nhắc cho «Quy chế hoạt động của Khối thi đua số 4 năm 2018»: trước hạn 1 ngày, 3 giờ.",
    );
    expect(JSON.parse((await t.db.draft.findFirstOrThrow()).reminderOffsets)).toEqual([1440, 180]);
  });

  test("a revised version goes out with the number of accepted comments; one version is marked final", async () => {
    const file = h.api.addFile(await buildDraftDocx(), { fileName: "du-thao-quy-che-lan-2.docx" });
    await pressText(leader, "📎 Gửi bản dự thảo mới");
    await h.document(leader, file.file_id);
    await h.text(leader, "Đã sửa Điều 2.");
    expect(h.lastTo(leader.id)).toContain("Đã gửi dự thảo lần 2");
    await h.deliver();
    const got = lastMessage(liaison.BDT!.id);
    expect(got.caption).toContain("📄 Dự thảo lần 2");
    expect(got.caption).toContain("Đã tiếp thu 1 ý kiến góp ý. Đã sửa Điều 2.");
    await pressText(leader, "✅ Chốt lần 1 là bản cuối");
    expect(h.lastTo(leader.id)).toContain("lần 2 là bản cuối");
    const versions = await t.db.draftVersion.findMany({ orderBy: { number: "asc" } });
    expect(versions.map((v) => v.isFinal)).toEqual([false, true]);
    // Comments stay with the version they were made on.
    expect(new Set((await t.db.draftComment.findMany()).map((c) => c.versionId))).toEqual(new Set([versions[0]!.id]));
  });
});

describe("bad input", () => {
  test("a photo, a sticker or an unsupported file instead of the draft is refused and the wizard waits", async () => {
    await h.text(leader, "/newdraft");
    await h.send({
      message: {
        message_id: 1,
        date: 1,
        chat: { id: leader.id, type: "private" },
        from: leader,
        photo: [{ file_id: "PH", file_unique_id: "p", width: 10, height: 10 }],
      },
    });
    expect(h.lastTo(leader.id)).toContain("Vui lòng gửi dự thảo dưới dạng tệp đính kèm");
    await h.send({
      message: {
        message_id: 2,
        date: 1,
        chat: { id: leader.id, type: "private" },
        from: leader,
        sticker: {
          file_id: "ST",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    expect(h.lastTo(leader.id)).toContain("Vui lòng gửi dự thảo dưới dạng tệp đính kèm");
    const txt = h.api.addFile("không phải dự thảo", { fileName: "ghi-chu.txt" });
    await h.document(leader, txt.file_id);
    expect(h.lastTo(leader.id)).toBe("Tệp «ghi-chu.txt» không được hỗ trợ. Vui lòng gửi tệp .docx hoặc .pdf.");
    const broken = h.api.addFile("PK not really a zip", { fileName: "hong.docx" });
    await h.document(leader, broken.file_id);
    expect(h.lastTo(leader.id)).toContain("Không đọc được tệp");
    // Refused from the size the client reports, before any download (the same check as minutes and reports).
    await h.send({
      message: {
        message_id: 3,
        date: 1,
        chat: { id: leader.id, type: "private" },
        from: leader,
        document: { file_id: "BIG", file_unique_id: "b", file_name: "lon.docx", file_size: 25 * 1024 * 1024 },
      },
    });
    expect(h.lastTo(leader.id)).toBe("Tệp quá lớn: Telegram chỉ cho bot tải tệp tối đa 20 MB.");
    expect((await t.db.conversation.findFirstOrThrow({ where: { kind: "newdraft" } })).step).toBe("file");
  });

  test("a date that cannot be read or is past is refused; nothing is written", async () => {
    const file = h.api.addFile(await buildDraftDocx(), { fileName: "du-thao-2.docx" });
    await h.document(leader, file.file_id);
    await h.text(leader, "Thang điểm chấm thi đua");
    await pressText(leader, "Thang điểm chấm thi đua");
    await h.text(leader, "ngày mai");
    expect(h.lastTo(leader.id)).toContain("Không hiểu ngày «ngày mai»");
    await h.text(leader, "31/02/2018");
    expect(h.lastTo(leader.id)).toContain("Không hiểu ngày «31/02/2018»");
    await h.text(leader, "01/03/2018");
    expect(h.lastTo(leader.id)).toBe("Hạn này đã qua. Vui lòng nhập một thời điểm trong tương lai.");
    await h.text(leader, "/cancel");
    expect(await t.db.draft.count()).toBe(1);
  });

  test("a forged article, an old button, an empty comment, and people without a unit are answered clearly", async () => {
    const member = liaison.SYT!;
    expect(await refusal(member, () => h.press(member, `dl:${draftId}:d99`))).toBe(
      "Điều này không có trong dự thảo hiện hành. Vui lòng chọn lại.",
    );
    expect(await refusal(member, () => h.press(member, "dc:zzzzzzzzzzzzzzzzzzzzzzzz"))).toBe(
      "Không tìm thấy dự thảo này.",
    );
    await pressText(member, "✍️ Góp ý");
    await pressText(member, "Góp ý chung");
    await h.text(member, "   ");
    expect(h.lastTo(member.id)).toBe("Nội dung góp ý đang trống. Vui lòng gửi nội dung.");
    await h.text(member, "/cancel");
    expect(await refusal(board, () => h.press(board, `dc:${draftId}`))).toBe(
      "Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng và Ban Thi đua – Khen thưởng tỉnh. Nếu bạn cần, hãy liên hệ đơn vị Khối trưởng.",
    );
    const outsider = person(919_999, "Ngoài");
    await h.text(outsider, "/start");
    expect(await refusal(outsider, () => h.press(outsider, `dn:${draftId}`))).toBe(
      "Bạn chưa tham gia khối thi đua nào. Hãy xin đơn vị Khối trưởng một đường link mời rồi bấm vào link đó.",
    );
    expect(await t.db.draftUnitAnswer.count()).toBe(2);
    expect(await t.db.draftComment.count({ where: { withdrawnAt: null } })).toBe(3);
  });
});
