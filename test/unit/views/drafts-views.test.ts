import { describe, expect, test } from "vitest";
import { chooseClauseView } from "../../../src/bot/features/drafts/choose-clause-view.js";
import { commentChunkView } from "../../../src/bot/features/drafts/comment-chunk-view.js";
import { commentSavedView } from "../../../src/bot/features/drafts/comment-saved-view.js";
import { draftKindView } from "../../../src/bot/features/drafts/draft-kind-view.js";
import { draftListView } from "../../../src/bot/features/drafts/draft-list-view.js";
import { editCommentView } from "../../../src/bot/features/drafts/edit-comment-view.js";
import { myCommentView } from "../../../src/bot/features/drafts/my-comment-view.js";
import { newDraftConfirmView } from "../../../src/bot/features/drafts/new-draft-confirm-view.js";
import { remindersPromptView } from "../../../src/bot/features/drafts/reminders-prompt-view.js";
import { responseSavedView } from "../../../src/bot/features/drafts/response-saved-view.js";
import { reviewActionsView } from "../../../src/bot/features/drafts/review-actions-view.js";
import { reviewHeaderView } from "../../../src/bot/features/drafts/review-header-view.js";
import { reviewListView } from "../../../src/bot/features/drafts/review-list-view.js";
import { versionNoteView } from "../../../src/bot/features/drafts/version-note-view.js";
import { withdrawConfirmView } from "../../../src/bot/features/drafts/withdraw-confirm-view.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const timeZone = "Asia/Ho_Chi_Minh";
const draftId = "cdraft0000000000000001";
const other = "cdraft0000000000000002";
const commentId = "ccomment00000000000001";
const deadline = new Date("2018-03-15T10:00:00Z");

type Keyboard = { reply_markup: { inline_keyboard: { text: string; callback_data: string }[][] } } | undefined;
const buttons = (keyboard: unknown) => ((keyboard as Keyboard)?.reply_markup.inline_keyboard ?? []).flat();
const labels = (keyboard: unknown) => buttons(keyboard).map((b) => b.text);
const data = (keyboard: unknown) => buttons(keyboard).map((b) => b.callback_data);

function expectClean(view: { text: string; keyboard?: unknown }) {
  for (const text of [view.text, ...labels(view.keyboard)]) {
    expect(text).not.toContain("{{");
    expect(text).not.toMatch(/\b(drafts|common|schedule)\.[a-z_]+/);
  }
}

const item = (id: string, title: string, mine: { status: string; comments: number } | null) => ({
  draft: { id, title, deadline },
  version: { number: 1 },
  mine,
  answered: 3,
  units: 7,
});

describe("drafts views", () => {
  test("the list of open drafts names each draft on its buttons", () => {
    const view = draftListView(t, {
      drafts: [
        item(draftId, "Quy chế hoạt động của Khối thi đua số 4 năm 2018", { status: "commented", comments: 2 }),
        item(other, "Thang điểm", { status: "silent", comments: 0 }),
      ],
      hasUnit: true,
      timeZone,
    });
    expectClean(view);
    expect(view.text).toContain("1. Quy chế hoạt động của Khối thi đua số 4 năm 2018 (lần 1) – hạn 15/03/2018 17:00");
    expect(view.text).toContain("đơn vị bạn đã góp 2 ý kiến");
    expect(labels(view.keyboard)).toEqual([
      "✍️ Góp ý: 1. Quy chế hoạt động của K…",
      "Không có ý kiến: 1. Quy chế hoạt động của K…",
      "Góp ý của tôi: 1. Quy chế hoạt động của K…",
      "✍️ Góp ý: 2. Thang điểm",
      "Không có ý kiến: 2. Thang điểm",
      "Góp ý của tôi: 2. Thang điểm",
    ]);
    expect(data(view.keyboard)).toEqual([
      `dc:${draftId}`,
      `dn:${draftId}`,
      `dm:${draftId}`,
      `dc:${other}`,
      `dn:${other}`,
      `dm:${other}`,
    ]);
  });

  test("the board sees the list without buttons", () => {
    const view = draftListView(t, { drafts: [item(draftId, "Quy chế", null)], hasUnit: false, timeZone });
    expect(view.text).toContain("3/7 đơn vị đã trả lời");
    expect(view.keyboard).toBeUndefined();
  });

  test("the review list, header, comments and actions", () => {
    const list = reviewListView(t, {
      drafts: [item(draftId, "Quy chế", null), item(other, "Thang điểm", null)],
      timeZone,
    });
    expectClean(list);
    expect(labels(list.keyboard)).toEqual(["1. Quy chế", "2. Thang điểm"]);
    expect(data(list.keyboard)).toEqual([`dv:${draftId}`, `dv:${other}`]);
    const header = reviewHeaderView(t, {
      title: "Quy chế",
      version: 2,
      isFinal: true,
      deadline,
      comments: 1,
      units: [{ unitId: "u", unitName: "Sở Y tế", shortName: null, status: "silent", comments: 0 }],
      timeZone,
    });
    expectClean(header);
    expect(header.text).toContain("«Quy chế» – dự thảo lần 2 (bản cuối)");
    expect(header.text).toContain("⏳ Sở Y tế: chưa trả lời");
    const chunk = commentChunkView(t, {
      first: 9,
      comments: [
        {
          id: commentId,
          clauseLabel: null,
          unitName: "Ban Dân tộc",
          unitShortName: null,
          personName: "A",
          versionNumber: 1,
          text: "Góp ý",
          responseKind: "accepted",
          responseText: "Đồng ý",
        },
      ],
    });
    expectClean(chunk);
    expect(chunk.text).toBe("#9 · Góp ý chung · Ban Dân tộc (A, lần 1)\nGóp ý\n→ Tiếp thu: Đồng ý");
    expect(labels(chunk.keyboard)).toEqual(["#9 Tiếp thu", "#9 Giải trình"]);
    expect(data(chunk.keyboard)).toEqual([`cr:${commentId}:accepted`, `cr:${commentId}:explained`]);
    const open = reviewActionsView(t, { draftId, version: 2, isFinal: false });
    expectClean(open);
    expect(data(open.keyboard)).toEqual([
      `dx:${draftId}:docx`,
      `dx:${draftId}:xlsx`,
      `de:${draftId}`,
      `dr:${draftId}`,
      `du:${draftId}`,
      `df:${draftId}`,
    ]);
    expect(labels(reviewActionsView(t, { draftId, version: 2, isFinal: true }).keyboard)).not.toContain(
      "✅ Chốt lần 2 là bản cuối",
    );
  });

  test("after an answer, a button leads back to the review", () => {
    const view = responseSavedView(t, { draftId, response: "explained" });
    expectClean(view);
    expect(view.text).toBe("Đã lưu ý kiến Giải trình và thông báo cho đơn vị góp ý.");
    expect(labels(view.keyboard)).toEqual(["↩️ Quay lại danh sách góp ý"]);
    expect(data(view.keyboard)).toEqual([`dv:${draftId}`]);
  });

  test("editing shows the current text; withdrawing asks yes or no", () => {
    const edit = editCommentView(t, { clauseLabel: "Điều 2", text: "Bổ sung đối tượng." });
    expectClean(edit);
    expect(edit.text).toBe("Góp ý hiện tại (Điều 2):\nBổ sung đối tượng.\n\nGửi nội dung góp ý mới.");
    expect(data(edit.keyboard)).toEqual(["fc"]);
    const withdraw = withdrawConfirmView(t, { id: commentId, clauseLabel: null, text: "Bổ sung." });
    expectClean(withdraw);
    expect(withdraw.text).toBe("Rút lại góp ý (Góp ý chung)?\nBổ sung.");
    expect(labels(withdraw.keyboard)).toEqual(["Có, rút lại", "Không"]);
    expect(data(withdraw.keyboard)).toEqual([`cwy:${commentId}`, "x"]);
  });

  test("a member's own comments and the saved comment carry edit and withdraw unless answered", () => {
    const pending = myCommentView(t, {
      id: commentId,
      clauseLabel: "Điều 1",
      text: "A",
      responseKind: null,
      responseText: null,
    });
    expectClean(pending);
    expect(pending.text).toBe("Điều 1: A\n→ Chưa trả lời");
    expect(data(pending.keyboard)).toEqual([`ce:${commentId}`, `cw:${commentId}`]);
    const answered = myCommentView(t, {
      id: commentId,
      clauseLabel: null,
      text: "A",
      responseKind: "explained",
      responseText: "B",
    });
    expect(answered.text).toBe("Góp ý chung: A\n→ Giải trình: B");
    expect(answered.keyboard).toBeUndefined();
    const saved = commentSavedView(t, { commentId, title: "Quy chế", clauseLabel: null, deadline, timeZone });
    expectClean(saved);
    expect(saved.text).toContain("«Quy chế» – Góp ý chung");
    expect(saved.text).toContain("15/03/2018 17:00");
    expect(labels(saved.keyboard)).toEqual(["Sửa", "Rút lại"]);
  });

  test("the new-draft wizard: kinds, clauses, confirmation, version note, reminders", () => {
    const kinds = draftKindView(t);
    expectClean(kinds);
    expect(data(kinds.keyboard)).toEqual(["dk:regulations", "dk:covenant", "dk:scoring", "dk:other", "fc"]);
    const clauses = chooseClauseView(t, {
      draftId,
      title: "Quy chế",
      version: 1,
      clauses: [{ id: "d1", label: "Điều 1", title: "Phạm vi điều chỉnh" }],
    });
    expectClean(clauses);
    expect(labels(clauses.keyboard)).toEqual(["Góp ý chung", "Điều 1. Phạm vi điều chỉnh", "Huỷ"]);
    expect(data(clauses.keyboard)).toEqual([`dl:${draftId}:g`, `dl:${draftId}:d1`, "fc"]);
    const confirm = newDraftConfirmView(t, {
      title: "Quy chế",
      draftKind: "regulations",
      fileName: "q.docx",
      deadline,
      clauses: 5,
      units: 7,
      timeZone,
    });
    expectClean(confirm);
    expect(confirm.text).toContain("Hạn góp ý: 15/03/2018 17:00");
    expect(data(confirm.keyboard)).toEqual(["dg", "fc"]);
    const note = versionNoteView(t);
    expectClean(note);
    expect(data(note.keyboard)).toEqual(["ds", "fc"]);
    const reminders = remindersPromptView(t, { offsets: [2880, 120] });
    expectClean(reminders);
    expect(reminders.text).toContain("trước hạn: 2 ngày, 2 giờ");
  });
});
