import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readRefusal } from "../support/read-refusal.js";
import { createDraft } from "../../src/domain/drafts/create-draft.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { buildDraftDocx } from "../documents/fixtures/build-draft-docx.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Defects of the drafts flow, each pinned: reminders right after distribution, the leader unit reminded of its own
// draft, edit/withdraw of a comment that can no longer change, look-alike buttons, and example dates in the past.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2026-12-02T02:00:00Z"); // 09:00 on 2 December 2026 in Vietnam
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const leader = person(920_000, "Khối trưởng");
const syt = person(920_001, "LL SYT");
const bdt = person(920_002, "LL BDT");

const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const find = (user: { id: number }, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.sent(user.id)].reverse().find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${String(label)}`);
  return { message, button: buttonsOf(message.replyMarkup).find((b) => matches(b.text))! };
};
const pressText = async (user: { id: number; first_name: string }, label: string | RegExp) => {
  const { message, button } = find(user, label);
  await h.press(user, button.callback_data, { chatId: user.id, messageId: message.messageId });
};
const refusal = (user: { id: number }, press: () => Promise<unknown>) => readRefusal(h.api, user, press);
const reminders = (user: { id: number }) => h.api.sent(user.id).filter((m) => m.text?.startsWith("⏳ Nhắc góp ý"));

async function newDraft(title: string, deadline: Date) {
  const bytes = await buildDraftDocx();
  const file = h.api.addFile(bytes, { fileName: "du-thao.docx" });
  const actor = await loadActor(t.db, { telegramId: leader.id });
  const { draftId } = await createDraft(t.db, {
    blocId: seed.blocId,
    authorId: actor.person!.id,
    actor,
    title,
    kind: "other",
    deadline,
    file: {
      fileId: file.file_id,
      fileName: "du-thao.docx",
      mimeType: null,
      fileSize: bytes.length,
      sha256: "0".repeat(64),
      clauses: [{ id: "d1", chapter: null, number: 1, label: "Điều 1", title: "Phạm vi" }],
    },
    timeZone: "Asia/Ho_Chi_Minh",
    now,
  });
  return draftId;
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await h.text(syt, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(bdt, `/start ${await seed.invite("BDT", "liaison")}`);
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("editing and withdrawing a comment", () => {
  let draftId = "";
  test("'Sửa' shows the current text; 'Rút lại' asks yes or no before it withdraws", async () => {
    draftId = await newDraft("Quy chế khen thưởng 2027", new Date("2026-12-20T10:00:00Z"));
    await h.press(bdt, `dc:${draftId}`);
    await pressText(bdt, /^Điều 1\./);
    await h.text(bdt, "Đề nghị ghi rõ phạm vi áp dụng.");
    await pressText(bdt, "Sửa");
    expect(h.lastTo(bdt.id)).toBe(
      "Góp ý hiện tại (Điều 1):\nĐề nghị ghi rõ phạm vi áp dụng.\n\nGửi nội dung góp ý mới.",
    );
    await h.text(bdt, "Đề nghị ghi rõ phạm vi và đối tượng áp dụng.");
    expect(h.lastTo(bdt.id)).toBe("Đã sửa góp ý (Điều 1).");
    await pressText(bdt, "Rút lại");
    expect(h.lastTo(bdt.id)).toBe("Rút lại góp ý (Điều 1)?\nĐề nghị ghi rõ phạm vi và đối tượng áp dụng.");
    expect(await t.db.draftComment.count({ where: { draftId, withdrawnAt: null } })).toBe(1);
    await pressText(bdt, "Không");
    expect(await t.db.draftComment.count({ where: { draftId, withdrawnAt: null } })).toBe(1);
    await pressText(bdt, "Rút lại");
    await pressText(bdt, "Có, rút lại");
    expect(await t.db.draftComment.count({ where: { draftId, withdrawnAt: null } })).toBe(0);
  });

  test("'Sửa' on a withdrawn or answered comment is refused at once, without asking for a new text", async () => {
    const withdrawn = find(bdt, "Sửa").button.callback_data;
    expect(await refusal(bdt, () => h.press(bdt, withdrawn))).toBe("Góp ý này không còn (có thể đã được rút lại).");
    expect(await t.db.conversation.count({ where: { kind: "comment_edit" } })).toBe(0);
    await h.press(bdt, `dc:${draftId}`);
    await pressText(bdt, "Góp ý chung");
    await h.text(bdt, "Đề nghị bổ sung phụ lục.");
    const comment = await t.db.draftComment.findFirstOrThrow({ where: { draftId, withdrawnAt: null } });
    await t.db.draftComment.update({
      where: { id: comment.id },
      data: { responseKind: "accepted", responseText: "Ok" },
    });
    const answered =
      "Góp ý này đã được đơn vị Khối trưởng trả lời nên không sửa hay rút lại được nữa; bạn có thể gửi góp ý mới.";
    expect(await refusal(bdt, () => h.press(bdt, `ce:${comment.id}`))).toBe(answered);
    expect(await refusal(bdt, () => h.press(bdt, `cw:${comment.id}`))).toBe(answered);
    expect(await t.db.draftComment.count({ where: { id: comment.id, withdrawnAt: null } })).toBe(1);
    expect(await t.db.conversation.count({ where: { kind: "comment_edit" } })).toBe(0);
  });
  test("/comments with one draft opens its review at once; after an answer a button leads back to it", async () => {
    await h.text(leader, "/comments");
    expect(h.api.sent(leader.id).some((m) => m.text?.startsWith("«Quy chế khen thưởng 2027» – dự thảo lần 1"))).toBe(
      true,
    );
    await pressText(leader, "#1 Giải trình");
    await h.text(leader, "Phụ lục đã có trong quy chế chung.");
    expect(h.lastTo(leader.id)).toBe("Đã lưu ý kiến Giải trình và thông báo cho đơn vị góp ý.");
    const before = h.api.sent(leader.id).length;
    await pressText(leader, "↩️ Quay lại danh sách góp ý");
    const again = h.api
      .sent(leader.id)
      .slice(before)
      .map((m) => m.text ?? "");
    expect(again[0]).toMatch(/^«Quy chế khen thưởng 2027» – dự thảo lần 1/);
    expect(again.join("\n")).toContain("Giải trình: Phụ lục đã có trong quy chế chung.");
  });
});

describe("reminders and the list of drafts", () => {
  test("a draft created after its 2-days-before moment sends no reminder right after it goes out; the 2-hour one comes; the leader unit is never reminded", async () => {
    const deadline = new Date("2026-12-03T10:00:00Z"); // tomorrow 17:00 in Vietnam, 32 hours away
    await newDraft("Thang điểm chấm thi đua 2027", deadline);
    await h.runJobs(new Date(now.getTime() + 60_000));
    await h.deliver();
    expect(reminders(syt)).toHaveLength(0);
    const start = now;
    now = new Date(deadline.getTime() - 2 * 60 * 60_000);
    await h.runJobs(now);
    await h.deliver();
    now = start;
    expect(reminders(syt)).toHaveLength(1);
    expect(reminders(leader)).toHaveLength(0);
  });
  test("/drafts with two drafts names each draft on its buttons", async () => {
    await h.text(syt, "/drafts");
    const labels = buttonsOf(h.api.sent(syt.id).at(-1)!.replyMarkup).map((b) => b.text);
    expect(labels).toEqual([
      "✍️ Góp ý: 1. Thang điểm chấm thi đua…",
      "Không có ý kiến: 1. Thang điểm chấm thi đua…",
      "Góp ý của tôi: 1. Thang điểm chấm thi đua…",
      "✍️ Góp ý: 2. Quy chế khen thưởng 2027",
      "Không có ý kiến: 2. Quy chế khen thưởng 2027",
      "Góp ý của tôi: 2. Quy chế khen thưởng 2027",
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("example dates", () => {
  test("the deadline prompt's example is a week from today and is accepted as typed", async () => {
    const file = h.api.addFile(await buildDraftDocx(), { fileName: "du-thao-moi.docx" });
    await h.text(leader, "/newdraft");
    await h.document(leader, file.file_id);
    await h.text(leader, "Nội dung giao ước 2027");
    await pressText(leader, "Nội dung giao ước thi đua");
    expect(h.lastTo(leader.id)).toContain("ví dụ 09/12/2026");
    await h.text(leader, "mai");
    expect(h.lastTo(leader.id)).toContain("ví dụ 09/12/2026 hoặc 09/12/2026 17:00");
    await h.text(leader, "09/12/2026");
    expect(h.lastTo(leader.id)).toContain("Hạn góp ý: 09/12/2026 17:00");
  });
});
