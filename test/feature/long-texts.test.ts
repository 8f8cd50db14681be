import { beforeAll, describe, expect, test } from "vitest";
import { splitMessageText } from "../../src/bot/views/split-message-text.js";
import { addComment } from "../../src/domain/drafts/add-comment.js";
import { createDraft } from "../../src/domain/drafts/create-draft.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Telegram refuses a message over 4,096 characters; views of what people typed are split, nothing is lost.
const s = useSeededBloc();
const leader = makeUser("KT");
const member = makeUser("LL");
const now = new Date("2026-12-03T02:00:00Z");
let h: BotHarness;
let draftId = "";
const longComment = Array.from({ length: 60 }, (_, i) => `Ý kiến ${i + 1}: đề nghị sửa câu chữ cho rõ nghĩa.`)
  .join("\n")
  .padEnd(4096, " x")
  .slice(0, 4096);

beforeAll(async () => {
  h = createBotHarness({ db: s.t.db });
  await h.text(leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
  await h.text(member, `/start ${await s.seed.invite("SYT", "liaison")}`);
  const actor = await loadActor(s.t.db, { telegramId: leader.id });
  ({ draftId } = await createDraft(s.t.db, {
    blocId: s.seed.blocId,
    authorId: actor.person!.id,
    actor,
    title: "Quy chế",
    kind: "regulations",
    deadline: new Date("2026-12-20T10:00:00Z"),
    file: { fileId: "F", fileName: "q.docx", mimeType: null, fileSize: 1, sha256: "0".repeat(64), clauses: [] },
    timeZone: "Asia/Ho_Chi_Minh",
    now,
  }));
  const liaison = await loadActor(s.t.db, { telegramId: member.id });
  await addComment(s.t.db, {
    blocId: s.seed.blocId,
    draftId,
    unitId: liaison.unit!.id,
    personId: liaison.person!.id,
    actor: liaison,
    clauseId: null,
    text: longComment,
    timeZone: "Asia/Ho_Chi_Minh",
    now,
  });
});

describe("long texts", () => {
  test("a comment of Telegram's maximum length is shown in parts under 4,096 characters, the buttons on the last", async () => {
    h.reset();
    await h.press(member, `dm:${draftId}`);
    const sent = h.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
    expect(sent.length).toBeGreaterThan(1);
    for (const call of sent) expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);
    const shown = sent.map((c) => String(c.payload.text)).join("\n");
    for (const line of longComment.split("\n").slice(0, 60)) expect(shown).toContain(line.trim());
    expect(sent.at(-1)!.payload.reply_markup).toBeDefined();
    expect(h.textsTo(member.id).some((text) => text.includes("mã tham chiếu"))).toBe(false);
  });

  test("splitting prefers line breaks and loses nothing", () => {
    const parts = splitMessageText(longComment + "\n\n" + longComment);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join(" ").replace(/\s+/g, "")).toBe((longComment + longComment).replace(/\s+/g, ""));
    expect(splitMessageText("ngắn")).toEqual(["ngắn"]);
  });
});
