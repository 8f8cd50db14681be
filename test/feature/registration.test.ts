import { TelegramError } from "telegraf";
import { describe, expect, test } from "vitest";
import { hashInviteToken } from "../../src/domain/invites/invite-token.js";
import { joinNoticeWindowMs } from "../../src/domain/invites/queue-join-notice.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

const s = useSeededBloc();

const memberships = (telegramId: number) =>
  s.t.db.membership.findMany({ where: { person: { telegramId: BigInt(telegramId) }, removedAt: null } });
const snapshot = async () => ({
  people: await s.t.db.person.count(),
  memberships: await s.t.db.membership.count(),
  uses: (await s.t.db.invite.findMany({ select: { uses: true } })).reduce((a, b) => a + b.uses, 0),
});

describe("/start <token>", () => {
  test("registers a signatory and answers in Vietnamese with bloc, unit and role", async () => {
    const token = await s.seed.invite("SYT", "signatory");
    const user = makeUser("Bình", "vi");
    await s.h.text(user, `/start ${token}`);
    const reply = s.h.lastTo(user.id);
    expect(reply).toContain("Đăng ký thành công");
    expect(reply).toContain("Khối thi đua số 4");
    expect(reply).toContain("Sở Y tế");
    expect(reply).toContain("Lãnh đạo đơn vị (người ký)");
    const [membership] = await memberships(user.id);
    expect(membership).toMatchObject({ role: "signatory", unitId: s.seed.unitId("SYT") });
    const invite = await s.t.db.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } });
    expect(invite.uses).toBe(1);
    const audit = await s.t.db.auditEvent.findFirst({ where: { action: "member.joined", subjectId: membership!.id } });
    expect(audit).not.toBeNull();
  });

  test("answers in English for an English Telegram client and sets the person's command menu", async () => {
    const user = makeUser("Alice", "en-GB");
    await s.h.text(user, `/start ${await s.seed.invite("SDL", "liaison")}`);
    expect(s.h.lastTo(user.id)).toContain("You are registered!");
    expect(s.h.lastTo(user.id)).toContain("Emulation liaison officer");
    const menu = s.h.calls.find((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === user.id);
    expect(menu?.payload.commands.map((c: { command: string }) => c.command)).toEqual([
      "help",
      "bloc",
      "drafts",
      "conference",
      "signing",
      "reports",
      "scale",
      "sheet",
      "results",
      "ballot",
      "lang",
      "cancel",
      "start",
    ]);
  });

  test("tells the leader unit's members when someone joins, through the outbox, in each one's language", async () => {
    const leader = makeUser("Lãnh", "vi");
    await s.h.text(leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
    const english = makeUser("Lead", "en");
    await s.h.text(english, `/start ${await s.seed.invite("SVHTT", "liaison")}`);
    await s.h.deliver();
    s.h.reset();
    const joiner = makeUser("Cường", "vi");
    await s.h.text(joiner, `/start ${await s.seed.invite("BDT", "liaison")}`);
    // Written with the membership, sent after the reply.
    const queued = await s.t.db.outboxMessage.findMany({
      where: { intentId: { startsWith: "member-joined:" }, state: "pending" },
    });
    expect(queued.map((m) => Number(m.chatId)).sort()).toEqual([leader.id, english.id].sort());
    expect(s.h.textsTo(leader.id)).toEqual([]);
    expect(s.h.outbox.notified).toBeGreaterThan(0);
    // Sent as a digest when its window is over (see join-notices.test.ts): Lead joined within Lãnh's window too.
    s.h.clock.now = () => new Date(Date.now() + joinNoticeWindowMs + 1000);
    await s.h.deliver();
    expect(s.h.lastTo(leader.id)).toBe(
      "Thành viên mới của khối (2):\n" +
        "• Lead Test vừa tham gia Sở Văn hóa và Thể thao với vai trò Chuyên viên phụ trách thi đua\n" +
        "• Cường Test vừa tham gia Ban Dân tộc với vai trò Chuyên viên phụ trách thi đua",
    );
    expect(s.h.lastTo(english.id)).toBe(
      "New members of the bloc (1):\n• Cường Test has joined Ban Dân tộc as Emulation liaison officer",
    );
    expect(s.h.textsTo(joiner.id)).toHaveLength(1);
  });

  test("a failed notification to one leader does not undo the registration", async () => {
    const leader = makeUser("Blocked", "vi");
    await s.h.text(leader, `/start ${await s.seed.invite("SVHTT", "liaison", { maxUses: 1 })}`);
    const joiner = makeUser("Dũng", "vi");
    s.h.failNextCall(
      "sendMessage",
      new TelegramError({ error_code: 403, description: "Forbidden: bot was blocked by the user" }),
      leader.id,
    );
    s.h.failNextCall("setMyCommands", new TelegramError({ error_code: 400, description: "Bad Request" }), joiner.id);
    await s.h.text(joiner, `/start ${await s.seed.invite("SKHCN", "signatory")}`);
    s.h.clock.now = () => new Date(Date.now() + joinNoticeWindowMs + 1000);
    await s.h.deliver();
    expect(await memberships(joiner.id)).toHaveLength(1);
    expect(s.h.lastTo(joiner.id)).toContain("Đăng ký thành công");
    // The blocked leader is marked unreachable and the rest of the leader unit is told, once.
    const blocked = await s.t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(leader.id) } });
    expect(blocked.reachable).toBe(false);
    const lead = await s.t.db.person.findFirstOrThrow({ where: { firstName: "Lead" } });
    expect(s.h.lastTo(Number(lead.telegramId))).toBe(
      "Messages to Blocked Test (Sở Văn hóa và Thể thao) cannot be delivered: they blocked the bot. The bot will not write to them again until they message it.",
    );
  });

  test("board invite registers a board member without a unit", async () => {
    const user = makeUser("Ban", "vi");
    await s.h.text(user, `/start ${await s.seed.invite(null, "board")}`);
    expect(s.h.lastTo(user.id)).toContain("Ban Thi đua – Khen thưởng tỉnh");
    const [membership] = await memberships(user.id);
    expect(membership).toMatchObject({ role: "board", unitId: null });
  });

  test.each([
    ["malformed", "abc$%", "không đúng định dạng"],
    ["too short", "abcdef", "không đúng định dạng"],
    ["unknown", "A".repeat(32), "Không tìm thấy lời mời"],
  ])("a %s token gets a clear answer and changes nothing", async (_name, token, expected) => {
    const before = await snapshot();
    const user = makeUser("Eve", "vi");
    await s.h.text(user, `/start ${token}`);
    expect(s.h.lastTo(user.id)).toContain(expected);
    expect(await snapshot()).toEqual(before);
  });

  test("an expired token is refused and changes nothing", async () => {
    const token = await s.seed.invite("SYT", "liaison", { at: new Date(Date.now() - 15 * 86_400_000) });
    const before = await snapshot();
    const user = makeUser("Late", "en");
    await s.h.text(user, `/start ${token}`);
    expect(s.h.lastTo(user.id)).toBe("This invite has expired. Please ask the leader unit for a new link.");
    expect(await snapshot()).toEqual(before);
  });

  test("a single-use token cannot be used twice", async () => {
    const token = await s.seed.invite("SGDDT", "liaison");
    const first = makeUser("First");
    const second = makeUser("Second");
    await s.h.text(first, `/start ${token}`);
    const before = await snapshot();
    await s.h.text(second, `/start ${token}`);
    expect(s.h.lastTo(second.id)).toContain("đã được sử dụng hết");
    expect(await snapshot()).toEqual(before);
    expect(await memberships(second.id)).toHaveLength(0);
  });

  test("a multi-use token admits as many people as its uses", async () => {
    const token = await s.seed.invite("SGDDT", "liaison", { maxUses: 2 });
    const [a, b, c] = [makeUser("A"), makeUser("B"), makeUser("C")];
    for (const user of [a, b, c]) await s.h.text(user, `/start ${token}`);
    expect(await memberships(a.id)).toHaveLength(1);
    expect(await memberships(b.id)).toHaveLength(1);
    expect(await memberships(c.id)).toHaveLength(0);
    expect(s.h.lastTo(c.id)).toContain("đã được sử dụng hết");
  });

  test("a person cannot join a second unit of the same bloc", async () => {
    const user = makeUser("Hai");
    await s.h.text(user, `/start ${await s.seed.invite("SYT", "liaison")}`);
    const second = await s.seed.invite("SDL", "liaison");
    const before = await snapshot();
    await s.h.text(user, `/start ${second}`);
    expect(s.h.lastTo(user.id)).toContain("Bạn đã là thành viên của Sở Y tế trong Khối thi đua số 4");
    expect(await snapshot()).toEqual(before);
  });

  test("joining the same unit with another role is refused with an explanation", async () => {
    const user = makeUser("Role");
    await s.h.text(user, `/start ${await s.seed.invite("SLDTBXH", "liaison")}`);
    await s.h.text(user, `/start ${await s.seed.invite("SLDTBXH", "signatory")}`);
    expect(s.h.lastTo(user.id)).toContain("vai trò khác");
    expect((await memberships(user.id)).map((m) => m.role)).toEqual(["liaison"]);
  });

  test("opening the same link again says already registered and does not use up another invite", async () => {
    const token = await s.seed.invite("SKHCN", "liaison", { maxUses: 3 });
    const user = makeUser("Again");
    await s.h.text(user, `/start ${token}`);
    await s.h.text(user, `/start ${token}`);
    expect(s.h.lastTo(user.id)).toContain("Bạn đã đăng ký rồi");
    const invite = await s.t.db.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } });
    expect(invite.uses).toBe(1);
  });
});

describe("/start without a token", () => {
  test("explains the bot and how to get an invite", async () => {
    const user = makeUser("New");
    await s.h.text(user, "/start");
    expect(s.h.lastTo(user.id)).toContain("link mời");
    expect(await s.t.db.person.count({ where: { telegramId: BigInt(user.id) } })).toBe(0);
  });

  test("greets a member with their unit and role", async () => {
    const user = makeUser("Member", "en");
    await s.h.text(user, `/start ${await s.seed.invite("SYT", "liaison")}`);
    await s.h.text(user, "/start");
    expect(s.h.lastTo(user.id)).toContain("You are Emulation liaison officer of Sở Y tế in Khối thi đua số 4");
  });
});

test("invite tokens are stored only as hashes and never logged", async () => {
  const token = await s.seed.invite("SYT", "liaison");
  await s.h.text(makeUser("Log"), `/start ${token}`);
  const invites = await s.t.db.invite.findMany();
  expect(invites.every((i) => /^[0-9a-f]{64}$/.test(i.tokenHash))).toBe(true);
  expect(JSON.stringify(invites)).not.toContain(token);
  expect(JSON.stringify(s.h.logLines)).not.toContain(token);
  expect(JSON.stringify(s.h.logLines)).not.toContain("TEST-token-for-harness");
});
