import { createHash } from "node:crypto";
import { readRefusal } from "../support/read-refusal.js";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDraft } from "../../src/domain/drafts/create-draft.js";
import { markFinalVersion } from "../../src/domain/drafts/mark-final-version.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { buildDraftDocx } from "../documents/fixtures/build-draft-docx.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Signing the 2018 covenant over the fake Bot API: under TZ=America/New_York, times are checked in Vietnam time.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2018-03-20T03:00:00Z"); // 10:00 in Vietnam, after the conference
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const units = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"];
const signatory = Object.fromEntries(units.map((code, i) => [code, person(920_000 + i, `Ký ${code}`)]));
const leader = signatory.SVHTT!;
const sytLiaison = person(920_100, "Thay SYT");
const bdtLiaison = person(920_101, "LL BDT");
let bytes: Buffer;
let roundId = "";

const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const pressText = async (user: { id: number; first_name: string }, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  await h.press(user, buttonsOf(message.replyMarkup).find((b) => matches(b.text))!.callback_data, {
    chatId: user.id,
    messageId: message.messageId,
  });
};
const refusal = (user: { id: number }, press: () => Promise<unknown>) => readRefusal(h.api, user, press);
const sign = async (user: { id: number; first_name: string }) => {
  await pressText(user, "✍️ Ký giao ước");
  await pressText(user, "Tôi xác nhận ký");
};

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  for (const code of units) await h.text(signatory[code]!, `/start ${await seed.invite(code, "signatory")}`);
  await h.text(sytLiaison, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(bdtLiaison, `/start ${await seed.invite("BDT", "liaison")}`);
  // The covenant content came through the drafts flow and its second version was marked final.
  bytes = await buildDraftDocx();
  const file = h.api.addFile(bytes, { fileName: "giao-uoc-2018.docx" });
  const leaderPerson = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(leader.id) } });
  const { draftId, versionId } = await createDraft(t.db, {
    blocId: seed.blocId,
    authorId: leaderPerson.id,
    actor: operatorActor,
    title: "Giao ước thi đua năm 2018",
    kind: "covenant",
    deadline: new Date("2018-03-25T10:00:00Z"),
    file: {
      fileId: file.file_id,
      fileName: "giao-uoc-2018.docx",
      mimeType: null,
      fileSize: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      clauses: [],
    },
    timeZone: "Asia/Ho_Chi_Minh",
    now,
  });
  await markFinalVersion(t.db, { blocId: seed.blocId, draftId, versionId, actor: operatorActor, now });
  await t.db.outboxMessage.deleteMany();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("signing the covenant", () => {
  test("the leader opens signing on the final version; each signatory receives the exact file, its fingerprint and the button", async () => {
    await h.text(leader, "/signing");
    await pressText(leader, "Giao ước thi đua năm 2018 (lần 1, bản cuối)");
    await h.text(leader, "22/03/2018");
    expect(h.lastTo(leader.id)).toContain("Hạn ký: 22/03/2018 17:00");
    await pressText(leader, "Mở ký");
    const round = await t.db.signingRound.findFirstOrThrow();
    roundId = round.id;
    await h.deliver();
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(round.sha256).toBe(sha);
    for (const code of units) {
      const got = h.api.sent(signatory[code]!.id).filter((m) => m.method === "sendDocument");
      expect(got, code).toHaveLength(1);
      // The stored fingerprint is that of the very bytes the signatory can download.
      expect(createHash("sha256").update(h.api.fileBytes(got[0]!.file!.file_id)!).digest("hex")).toBe(round.sha256);
      // The same format as the certificate: lowercase hex in groups of four, the first 16 digits.
      expect(got[0]!.caption).toContain(
        `${sha.slice(0, 4)} ${sha.slice(4, 8)} ${sha.slice(8, 12)} ${sha.slice(12, 16)}…`,
      );
      expect(buttonsOf(got[0]!.replyMarkup).map((b) => b.text)).toEqual(["✍️ Ký giao ước"]);
    }
    expect(h.api.sent(sytLiaison.id).filter((m) => m.method === "sendDocument")).toHaveLength(0);
  });

  test("signing asks for a final yes showing unit, title and fingerprint, then records it", async () => {
    await pressText(signatory.BDT!, "✍️ Ký giao ước");
    const confirm = h.lastTo(signatory.BDT!.id);
    expect(confirm).toContain("Đơn vị: Ban Dân tộc");
    expect(confirm).toContain("Văn bản: Giao ước thi đua năm 2018");
    expect(await t.db.signature.count()).toBe(0);
    await pressText(signatory.BDT!, "Tôi xác nhận ký");
    const signature = await t.db.signature.findFirstOrThrow();
    expect(signature).toMatchObject({ role: "signatory", sha256: (await t.db.signingRound.findFirstOrThrow()).sha256 });
    expect(await t.db.auditEvent.count({ where: { action: "covenant.signed", subjectId: signature.id } })).toBe(1);
    expect(h.api.chatMessages(signatory.BDT!.id).some((m) => String(m.text).includes("Đã có 1/7 đơn vị ký"))).toBe(
      true,
    );
  });

  test("a unit's signatory delegates to a liaison of the same unit, who signs 'ký thay'", async () => {
    await h.text(signatory.SYT!, "/signing");
    await pressText(signatory.SYT!, "Uỷ quyền ký thay");
    await pressText(signatory.SYT!, "Thay SYT Test");
    await h.deliver();
    const got = h.api.sent(sytLiaison.id).filter((m) => m.method === "sendDocument");
    expect(got).toHaveLength(1);
    expect(got[0]!.caption).toContain("Ký SYT Test uỷ quyền cho bạn ký thay Sở Y tế");
    await sign(sytLiaison);
    expect(h.lastTo(sytLiaison.id)).toContain("Xác nhận ký thay");
    const signature = await t.db.signature.findFirstOrThrow({ where: { unitId: seed.unitId("SYT") } });
    expect(signature.role).toBe("delegate");
  });

  test("bad input: a second signature, a non-signatory, a delegation outside the unit, an unknown round", async () => {
    expect(await refusal(signatory.BDT!, () => pressText(signatory.BDT!, "✍️ Ký giao ước"))).toMatch(
      /^Ban Dân tộc đã ký rồi \(Ký BDT Test, lúc 20\/03\/2018 10:00\)/,
    );
    const pressSign = () =>
      h.press(bdtLiaison, `sg:${roundId}`, {
        chatId: bdtLiaison.id,
        messageId: h.api.sent(bdtLiaison.id).at(-1)!.messageId,
      });
    expect(await refusal(bdtLiaison, pressSign)).toContain("Chỉ lãnh đạo đơn vị (người ký)");
    const outsider = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(bdtLiaison.id) } });
    await h.text(signatory.SDL!, "/signing");
    expect(await refusal(signatory.SDL!, () => h.press(signatory.SDL!, `sp:${roundId}:${outsider.id}`))).toBe(
      "Chỉ uỷ quyền được cho một thành viên khác của Sở Du lịch.",
    );
    expect(await refusal(signatory.SDL!, () => h.press(signatory.SDL!, "sc:zzzzzzzzzzzzzzzzzzzz"))).toBe(
      "Không tìm thấy vòng ký này.",
    );
    expect(await t.db.signature.count()).toBe(2);
    expect(await t.db.signingDelegation.count()).toBe(1);
  });

  test("four more units sign; the leader sees 6/7 and who is missing; only the missing unit is reminded, at 08:00 Vietnam time", async () => {
    for (const code of ["SVHTT", "SGDDT", "SDL", "SLDTBXH"]) await sign(signatory[code]!);
    await h.text(leader, "/signing");
    const status = h.lastTo(leader.id);
    expect(status).toContain("6/7 đã ký");
    expect(status).toContain("⏳ Sở KH&CN: chưa ký");
    expect(status).toContain("✅ Sở Y tế: Thay SYT Test (ký thay Ký SYT Test)");
    now = new Date("2018-03-21T01:00:00Z"); // 08:00 on 21/03 in Vietnam
    await h.runJobs(now);
    await h.runJobs(now);
    await h.deliver();
    const reminded = [...units.map((c) => signatory[c]!), sytLiaison, bdtLiaison].filter((p) =>
      h.api.sent(p.id).some((m) => m.text?.startsWith("⏳ Nhắc ký")),
    );
    expect(reminded.map((p) => p.first_name)).toEqual(["Ký SKHCN"]);
    expect(h.lastTo(signatory.SKHCN!.id)).toContain("Hạn ký: 22/03/2018 17:00");
  });

  test("the last signature completes the round; everyone is told and receives the certificate, which states every signature", async () => {
    await sign(signatory.SKHCN!);
    await h.runJobs(new Date(now.getTime() + 60_000));
    await h.deliver();
    expect((await t.db.signingRound.findFirstOrThrow()).state).toBe("completed");
    const everyone = [...units.map((c) => signatory[c]!), sytLiaison, bdtLiaison];
    for (const p of everyone)
      expect(
        h.api.sent(p.id).filter((m) => m.caption?.startsWith("🎉 Tất cả các đơn vị đã ký")),
        p.first_name,
      ).toHaveLength(1);
    const certificate = h.api.sent(leader.id).find((m) => m.caption?.startsWith("🎉"))!;
    const { value: text } = await mammoth.extractRawText({ buffer: h.api.fileBytes(certificate.file!.file_id)! });
    const round = await t.db.signingRound.findFirstOrThrow();
    expect(text.replace(/\s+/g, "")).toContain(round.sha256);
    for (const name of ["Ban Dân tộc", "Sở Y tế", "Sở Khoa học và Công nghệ", "Ký SKHCN Test", "Thay SYT Test"])
      expect(text).toContain(name);
    expect(text).toContain("20/03/2018 10:00");
    expect(text).toContain("21/03/2018 08:00");
    // The signed text is named as the final one, not as one more draft.
    expect(text).toContain("Văn bản được ký: Bản chính thức (phiên bản 1)");
    expect(text).not.toContain("Dự thảo lần");
    // Numbered under the bloc's code and signed for the bloc by the leader unit's signatory.
    expect(text).toContain("Số: ……/GCN-KG-KTT4");
    expect(text).toMatch(/Nơi nhận:\n+- Các đơn vị thành viên Khối;\n+- Ban Thi đua - Khen thưởng tỉnh;\n+- Lưu: VT\./);
    expect(text).toMatch(/TM\. KHỐI THI ĐUA SỐ 4\n+KHỐI TRƯỞNG\n+Ký SVHTT Test/);
  });

  test("a voided round keeps its signatures; its old buttons are refused", async () => {
    const file = h.api.addFile(Buffer.concat([bytes, Buffer.from(" ")]), { fileName: "giao-uoc-sua.docx" });
    await h.text(leader, "/signing");
    await pressText(leader, "📎 Tải lên tệp giao ước");
    await h.document(leader, file.file_id);
    await h.text(leader, "Giao ước thi đua năm 2018 (sửa đổi)");
    await pressText(leader, "Không đặt hạn");
    await pressText(leader, "Mở ký");
    await h.deliver();
    await sign(signatory.BDT!);
    await h.text(leader, "/signing");
    await pressText(leader, "Huỷ vòng ký");
    await h.text(leader, "Sửa lỗi chính tả ở Điều 3");
    await h.deliver();
    expect(h.lastTo(signatory.SDL!.id)).toContain("Lý do: Sửa lỗi chính tả ở Điều 3");
    const voided = await t.db.signingRound.findFirstOrThrow({ where: { state: "voided" } });
    expect(await t.db.signature.count({ where: { roundId: voided.id } })).toBe(1);
    expect(await refusal(signatory.SDL!, () => h.press(signatory.SDL!, `sg:${voided.id}`))).toContain(
      "đã bị huỷ; nút này không còn hiệu lực",
    );
  });
});
