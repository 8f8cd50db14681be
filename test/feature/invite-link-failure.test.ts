import { TelegramError } from "telegraf";
import { beforeAll, describe, expect, test } from "vitest";
import { chooseInviteRole } from "../../src/bot/features/invites/invites-callbacks.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// The invite link is the only copy of its token: when Telegram cannot show it, it is shown again or revoked, and
// the token never reaches the logs.
const s = useSeededBloc();
const leader = makeUser("KT");
const badGateway = () => new TelegramError({ error_code: 502, description: "Bad Gateway" });

beforeAll(async () => {
  await createBotHarness({ db: s.t.db }).text(leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
});

describe("an invite link Telegram failed to show", () => {
  test("the failed edit is followed by the link in a new message, and the invite stays valid", async () => {
    const h = s.h;
    h.failNextCall("editMessageText", badGateway(), leader.id);
    await h.press(leader, chooseInviteRole.pack({ unitId: s.seed.unitId("SYT"), role: "liaison" }));
    expect(h.lastTo(leader.id)).toMatch(/\?start=/);
    const invite = await s.t.db.invite.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(invite.revokedAt).toBeNull();
  });

  test("when the new message fails too, the invite is revoked, the leader gets the apology, no token is logged", async () => {
    const h = s.h;
    h.failNextCall("editMessageText", badGateway(), leader.id);
    h.failNextCall("sendMessage", badGateway(), leader.id);
    const from = h.calls.length;
    await h.press(leader, chooseInviteRole.pack({ unitId: s.seed.unitId("BDT"), role: "liaison" }));
    const made = h.calls.slice(from);
    const invite = await s.t.db.invite.findFirstOrThrow({ where: { unitId: s.seed.unitId("BDT") } });
    expect(invite.revokedAt).not.toBeNull();
    expect(await s.t.db.auditEvent.count({ where: { action: "invite.revoked", subjectId: invite.id } })).toBe(1);
    // issueInvite answered the press (blank) before showing the link, and Telegram takes one answer per press: the
    // apology comes as a message, after the two failed tries to show the link.
    const toasts = made.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
    expect(toasts).toEqual([""]);
    const sent = made.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
    expect(sent.map((c) => c.method)).toEqual(["editMessageText", "sendMessage", "sendMessage"]);
    const attempted = sent.slice(0, 2);
    expect(String(sent[2]!.payload.text)).toMatch(
      /^Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn;.* mã tham chiếu [0-9A-F]{6} /,
    );
    const token = /start=([A-Za-z0-9_-]+)/.exec(String(attempted[0]!.payload.text))![1]!;
    expect(JSON.stringify(h.logLines)).not.toContain(token);
  });
});
