import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { buildBallotMinutesDocx } from "../../src/documents/build-ballot-minutes-docx.js";
import { buildCommendationProposalDocx } from "../../src/documents/build-commendation-proposal-docx.js";
import { extractDocxLines } from "../../src/documents/extract-docx-lines.js";
import { sampleBallotMinutes, sampleCommendationProposal } from "./fixtures/sample-ballot.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const vi = strictTranslate("vi");
const en = strictTranslate("en");

// The lines of `run` one after the other somewhere in `lines` (a table row reads as its cells in order).
function expectRun(lines: string[], run: string[]) {
  const found = lines.some((_, start) => run.every((value, i) => lines[start + i] === value));
  expect(found, `${JSON.stringify(run)} in\n${lines.join("\n")}`).toBe(true);
}

async function documentXml(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return {
    document: await zip.file("word/document.xml")!.async("string"),
    styles: await zip.file("word/styles.xml")!.async("string"),
  };
}

describe("buildBallotMinutesDocx", () => {
  test("the minutes in the administrative layout: header, BB number, bold title, A4 portrait, Times New Roman", async () => {
    const bytes = await buildBallotMinutesDocx(vi, sampleBallotMinutes());
    const { document, styles } = await documentXml(bytes);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:b\/>[^<]*(<[^>]+>)*[^<]*BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2026/);
    const lines = await extractDocxLines(bytes);
    expectRun(lines, ["KHỐI THI ĐUA SỐ 4", "TỈNH KIÊN GIANG", "SỞ VĂN HÓA VÀ THỂ THAO", "", "Số: ……/BB-KG-KTT4"]);
    expectRun(lines, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    // Dated in Vietnam: 01:00 on 18/12 there is still 17/12 under the tests' TZ.
    expect(lines).toContain("Kiên Giang, ngày 18 tháng 12 năm 2026");
    expect(lines).toContain("BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2026");
    expectRun(lines, [
      "Thời gian: 08:00 ngày 18/12/2026.",
      "Địa điểm: Hội trường Sở Văn hóa và Thể thao.",
      "Chủ trì: Sở Văn hóa và Thể thao.",
    ]);
  });

  test("who came, who did not, the ranking, the vote in counts, each title's tally and the result", async () => {
    const lines = await extractDocxLines(await buildBallotMinutesDocx(vi, sampleBallotMinutes()));
    expect(lines).toContain("Có mặt đại biểu của 5/7 đơn vị thành viên Khối:");
    expectRun(lines, ["STT", "Đơn vị", "Đại biểu", "1", "Sở Văn hóa và Thể thao", "Trần Văn Bình"]);
    expectRun(lines, ["4", "Sở Y tế", "Võ Văn Hùng", "5", "Sở Y tế", "Nguyễn Thị Lan"]);
    expect(lines).toContain("Vắng mặt (2 đơn vị): Sở Du lịch; Sở Khoa học và Công nghệ.");
    expectRun(lines, ["Xếp hạng", "Đơn vị", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại"]);
    expectRun(lines, ["2", "Sở Giáo dục và Đào tạo", "94,25", "94,25", "Xuất sắc"]);
    expectRun(lines, ["7", "Sở Khoa học và Công nghệ", "70,5", "70,5", "Không xếp loại"]);
    expectRun(lines, [
      "Hình thức biểu quyết: bỏ phiếu kín.",
      "Số đơn vị tham gia biểu quyết: 6/7 đơn vị (tối thiểu 5 đơn vị): đủ điều kiện tiến hành bình xét.",
      "Trong đó: biểu quyết tại cuộc họp 5 đơn vị; bằng văn bản 1 đơn vị; không biểu quyết 1 đơn vị.",
    ]);
    expectRun(lines, [
      "1. Cờ thi đua của Ủy ban nhân dân tỉnh (đề nghị tối đa 1 đơn vị)",
      "Đơn vị được đề nghị phải đạt trên 50% số phiếu trên 6 đơn vị tham gia biểu quyết.",
    ]);
    expectRun(lines, ["STT", "Đơn vị được đề cử", "Số phiếu", "Tỷ lệ (%)", "Đạt"]);
    expectRun(lines, [
      "1",
      "Sở Văn hóa và Thể thao",
      "5",
      "83,33",
      "✓",
      "2",
      "Sở Giáo dục và Đào tạo",
      "1",
      "16,67",
      "",
    ]);
    expect(lines).toContain("Đơn vị được đề nghị phải đạt trên 50% số phiếu trên tổng số 7 đơn vị thành viên Khối.");
    expectRun(lines, ["2", "Sở Y tế", "4", "57,14", "✓", "3", "Sở Lao động, Thương binh và Xã hội", "2", "28,57", ""]);
    expectRun(lines, [
      "IV. KẾT QUẢ BÌNH XÉT",
      "Cuộc bình xét hợp lệ. Khối thống nhất đề nghị:",
      "- Cờ thi đua của Ủy ban nhân dân tỉnh: Sở Văn hóa và Thể thao.",
      "- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Sở Giáo dục và Đào tạo; Sở Y tế.",
    ]);
  });

  test("signed by the secretary and the chair side by side, with no 'Nơi nhận' and no 'TM.'", async () => {
    const lines = await extractDocxLines(await buildBallotMinutesDocx(vi, sampleBallotMinutes()));
    // The secretary signs by hand; the chair is the leader unit, whose signatory's name is printed.
    expectRun(lines.slice(-5), ["THƯ KÝ", "", "CHỦ TRÌ", "Trần Văn Bình"]);
    expect(lines.some((line) => line.startsWith("Nơi nhận") || line.startsWith("TM."))).toBe(false);
  });

  test("a void ballot prints the reason and no tally; missing meeting details are left to fill in", async () => {
    const report = sampleBallotMinutes({
      meeting: { startsAt: null, place: null, chairUnitName: "Sở Giáo dục và Đào tạo" },
      quorum: { required: 5, voted: 4, met: false },
      votesBy: { meeting: 3, written: 1, notVoted: 3 },
      result: "void",
      voidReason: "chỉ 4/7 đơn vị biểu quyết, chưa đủ 5 đơn vị theo quy chế.",
    });
    const lines = await extractDocxLines(await buildBallotMinutesDocx(vi, report));
    expectRun(lines, ["Thời gian: ………………", "Địa điểm: ………………."]);
    expect(lines).toContain(
      "Số đơn vị tham gia biểu quyết: 4/7 đơn vị (tối thiểu 5 đơn vị): không đủ điều kiện tiến hành bình xét.",
    );
    expectRun(lines, [
      "IV. KẾT QUẢ BÌNH XÉT",
      "Cuộc bình xét không có giá trị. Lý do: chỉ 4/7 đơn vị biểu quyết, chưa đủ 5 đơn vị theo quy chế.",
    ]);
    for (const hidden of ["Đơn vị được đề cử", "83,33", "✓", "Cuộc bình xét hợp lệ. Khối thống nhất đề nghị:"])
      expect(lines).not.toContain(hidden);
    expect(lines.some((line) => line.includes("Cờ thi đua"))).toBe(false);
    // Another unit chaired: the leader's signatory is not printed under "CHỦ TRÌ".
    expect(lines.slice(-4)).toEqual(["THƯ KÝ", "", "CHỦ TRÌ", ""]);
  });

  test("in English: words, number line, decimal point and signatures from en.json", async () => {
    const report = sampleBallotMinutes({ secret: false, absentUnits: [] });
    const lines = await extractDocxLines(await buildBallotMinutesDocx(en, report));
    expect(lines).toContain("No.: ……/BB-KG-KTT4");
    expect(lines).toContain("Kiên Giang, 18/12/2026");
    expect(lines).toContain("MINUTES OF THE EMULATION REVIEW MEETING, YEAR 2026");
    expect(lines).toContain("Time: 08:00 on 18/12/2026.");
    expect(lines).toContain("Form of the vote: open vote.");
    expect(lines).toContain("Absent: none.");
    expectRun(lines, ["2", "Sở Giáo dục và Đào tạo", "94.25", "94.25", "Xuất sắc"]);
    expectRun(lines, ["1", "Sở Văn hóa và Thể thao", "5", "83.33", "✓"]);
    expectRun(lines.slice(-5), ["SECRETARY", "", "CHAIR", "Trần Văn Bình"]);
    expect(lines.join("\n")).not.toMatch(/Biên bản|Số phiếu|Thư ký/);
  });
});

describe("buildCommendationProposalDocx", () => {
  test("the proposal: TTr number, title, addressee, basis, proposed units per title, dossier, signature", async () => {
    const bytes = await buildCommendationProposalDocx(vi, sampleCommendationProposal());
    const { document } = await documentXml(bytes);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const lines = await extractDocxLines(bytes);
    expectRun(lines, ["SỞ VĂN HÓA VÀ THỂ THAO", "", "Số: ……/TTr-KG-KTT4"]);
    expect(lines).toContain("Kiên Giang, ngày 20 tháng 12 năm 2026");
    expectRun(lines, [
      "TỜ TRÌNH",
      "Về việc đề nghị khen thưởng thành tích thi đua năm 2026",
      "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang.",
      "Căn cứ Giao ước thi đua năm 2026 của Khối thi đua số 4;",
      "Căn cứ kết quả chấm điểm thi đua năm 2026 của các đơn vị thành viên Khối;",
      "Căn cứ Biên bản họp bình xét thi đua ngày 18/12/2026 của Khối thi đua số 4,",
    ]);
    expectRun(lines, [
      "1. Cờ thi đua của Ủy ban nhân dân tỉnh: 1 đơn vị",
      ...["STT", "Đơn vị", "Tổng điểm", "Tỷ lệ điểm (%)", "Xếp loại", "Số phiếu", "Tỷ lệ phiếu (%)"],
      ...["1", "Sở Văn hóa và Thể thao", "96,5", "96,5", "Xuất sắc", "5", "83,33"],
    ]);
    expect(lines).toContain("2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 2 đơn vị");
    expectRun(lines, ["2", "Sở Y tế", "91", "91", "Xuất sắc", "4", "57,14"]);
    expectRun(lines, [
      "Hồ sơ kèm theo:",
      "- Biên bản họp bình xét thi đua ngày 18/12/2026;",
      "- Bảng tổng hợp kết quả chấm điểm thi đua năm 2026;",
      "- Báo cáo thành tích của các đơn vị được đề nghị khen thưởng;",
      "- Bảng điểm chi tiết của các đơn vị.",
      "Kính trình Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang xem xét, quyết định./.",
    ]);
    expectRun(lines, ["Nơi nhận:", "- Như trên;", "- Các đơn vị thành viên Khối;"]);
    expectRun(lines.slice(-3), ["TM. KHỐI THI ĐUA SỐ 4", "KHỐI TRƯỞNG", "Trần Văn Bình"]);
  });

  test("a title with no unit says so in its table; the English proposal comes from en.json", async () => {
    const report = sampleCommendationProposal({
      proposals: [{ title: "Cờ thi đua của Ủy ban nhân dân tỉnh", units: [] }],
      attachments: [],
    });
    const viLines = await extractDocxLines(await buildCommendationProposalDocx(vi, report));
    expectRun(viLines, ["1. Cờ thi đua của Ủy ban nhân dân tỉnh: 0 đơn vị"]);
    expect(viLines).toContain("Không có đơn vị được đề nghị.");
    expect(viLines).toContain("- Báo cáo thành tích của các đơn vị được đề nghị khen thưởng.");
    const enLines = await extractDocxLines(await buildCommendationProposalDocx(en, sampleCommendationProposal()));
    expect(enLines).toContain("No.: ……/TTr-KG-KTT4");
    expect(enLines).toContain("PROPOSAL");
    expect(enLines).toContain("To: Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang.");
    expectRun(enLines, ["1", "Sở Giáo dục và Đào tạo", "94.25", "94.25", "Xuất sắc", "6", "85.71"]);
    expectRun(enLines, ["Recipients:", "- As above;"]);
    expect(enLines.slice(-3)).toEqual(["ON BEHALF OF KHỐI THI ĐUA SỐ 4", "LEADER UNIT", "Trần Văn Bình"]);
  });
});
