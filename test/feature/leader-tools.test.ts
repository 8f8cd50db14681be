import { dismiss } from "../../src/bot/features/wizard/wizard-callbacks.js";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { chooseInviteRole, chooseInviteUnit } from "../../src/bot/features/invites/invites-callbacks.js";
import { askRemoval, confirmRemoval } from "../../src/bot/features/members/members-callbacks.js";
import { hashInviteToken } from "../../src/domain/invites/invite-token.js";
import { createBotHarness, type BotHarness, type TestUser } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let h: BotHarness;
const leader = makeUser("Nghiệp", "vi");
const board = makeUser("Tửu", "vi");
const signatory = makeUser("Sơn", "vi");
const liaison = makeUser("Lan", "en");
const outsider = makeUser("Out", "vi");

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db);
  const setup = createBotHarness({ db: t.db });
  await setup.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await setup.text(board, `/start ${await seed.invite(null, "board")}`);
  await setup.text(signatory, `/start ${await seed.invite("SYT", "signatory")}`);
  await setup.text(liaison, `/start ${await seed.invite("SYT", "liaison")}`);
});
afterAll(async () => t.close());
beforeEach(() => {
  h = createBotHarness({ db: t.db });
});

const refusals = (user: TestUser) =>
  t.db.auditEvent.count({ where: { action: "authz.denied", actorTelegramId: BigInt(user.id) } });

// Presses a button and returns what that press left the person with: its answers (toasts) and the messages sent or
// edited in their chat. A refused press is one toast with the reason, and no message.
async function pressAndRead(h: BotHarness, user: TestUser, data: string) {
  const from = h.calls.length;
  await h.press(user, data);
  const made = h.calls.slice(from);
  return {
    toasts: made.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? "")),
    messages: made
      .filter(
        (c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === user.id,
      )
      .map((c) => String(c.payload.text)),
  };
}

describe("authorization", () => {
  test.each([
    ["/invite", signatory],
    ["/members", signatory],
    ["/invite", liaison],
    ["/members", liaison],
  ])("%s by a unit member who is not in the leader unit is refused politely and audited", async (command, user) => {
    const before = await refusals(user);
    await h.text(user, command);
    const reply = h.lastTo(user.id);
    expect(reply).toMatch(
      user.language_code === "en"
        ? /^Sorry, this is only available to the bloc's leader unit/
        : /^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/,
    );
    expect(await refusals(user)).toBe(before + 1);
  });

  test.each(["/invite", "/members", "/bloc"])(
    "%s by someone outside every bloc is refused and points to the invite link",
    async (command) => {
      await h.text(outsider, command);
      expect(h.lastTo(outsider.id)).toContain("Bạn chưa tham gia khối thi đua nào");
      expect(await refusals(outsider)).toBeGreaterThan(0);
    },
  );

  test("buttons are re-checked on the server: a forged invite button from a non-leader creates nothing", async () => {
    const invites = await t.db.invite.count();
    const role = await pressAndRead(
      h,
      signatory,
      chooseInviteRole.pack({ unitId: seed.unitId("SYT"), role: "signatory" }),
    );
    const unit = await pressAndRead(h, signatory, chooseInviteUnit.pack({ unitId: "board" }));
    expect(await t.db.invite.count()).toBe(invites);
    for (const pressed of [role, unit]) {
      expect(pressed.toasts).toHaveLength(1);
      expect(pressed.toasts[0]).toMatch(/^Xin lỗi, chức năng này chỉ dành cho đơn vị Khối trưởng/);
      expect(pressed.messages).toEqual([]);
    }
  });

  test("a forged remove button from a non-leader removes nobody", async () => {
    const target = await t.db.membership.findFirstOrThrow({ where: { person: { telegramId: BigInt(leader.id) } } });
    const pressed = await pressAndRead(h, liaison, confirmRemoval.pack({ membershipId: target.id }));
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: target.id } })).removedAt).toBeNull();
    expect(pressed.toasts).toHaveLength(1);
    expect(pressed.toasts[0]).toMatch(/^Sorry, this is only available/);
    expect(pressed.messages).toEqual([]);
  });

  test("the leader unit cannot remove board members; only the board can", async () => {
    const target = await t.db.membership.findFirstOrThrow({ where: { person: { telegramId: BigInt(board.id) } } });
    const pressed = await pressAndRead(h, leader, confirmRemoval.pack({ membershipId: target.id }));
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: target.id } })).removedAt).toBeNull();
    expect(pressed.toasts).toHaveLength(1);
    expect(pressed.toasts[0]).toMatch(/^Xin lỗi, chức năng này/);
    expect(pressed.messages).toEqual([]);
    await h.text(leader, "/members");
    expect(h.buttonsOf(h.lastCallTo(leader.id)).map((b) => b.text)).not.toContain("Xoá Tửu Test");
  });

  test("a leader-unit member cannot create board invites", async () => {
    await h.text(leader, "/invite");
    const buttons = h.buttonsOf(h.lastCallTo(leader.id));
    expect(buttons.map((b) => b.text)).not.toContain("Ban Thi đua – Khen thưởng tỉnh");
    const invites = await t.db.invite.count();
    await h.press(leader, chooseInviteUnit.pack({ unitId: "board" }));
    expect(await t.db.invite.count()).toBe(invites);
  });
});

describe("/invite", () => {
  test("leader picks unit then role and gets a working link", async () => {
    await h.text(leader, "/invite");
    const unitButtons = h.buttonsOf(h.lastCallTo(leader.id));
    expect(unitButtons.map((b) => b.text)).toEqual([
      "Sở VH&TT",
      "Ban Dân tộc",
      "Sở GD&ĐT",
      "Sở Du lịch",
      "Sở LĐTB&XH",
      "Sở KH&CN",
      "Sở Y tế",
      "Huỷ",
    ]);
    await h.press(leader, unitButtons.find((b) => b.text === "Sở Du lịch")!.callback_data);
    const roleCall = h.lastCallTo(leader.id, "editMessageText");
    expect(roleCall?.payload.text).toBe("Mời vai trò nào cho Sở Du lịch?");
    const roleButtons = h.buttonsOf(roleCall);
    await h.press(leader, roleButtons.find((b) => b.text === "Chuyên viên phụ trách thi đua")!.callback_data);
    const created = h.lastTo(leader.id);
    expect(created).toContain("Link mời Chuyên viên phụ trách thi đua của Sở Du lịch");
    expect(created).toMatch(/Hiệu lực đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, dùng được 1 lần/);
    const token = /start=([A-Za-z0-9_-]+)/.exec(created)![1]!;
    expect(created).toContain(`https://t.me/KhoiTestBot?start=${token}`);
    const invite = await t.db.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } });
    expect(invite).toMatchObject({ unitId: seed.unitId("SDL"), role: "liaison", uses: 0 });

    const newcomer = makeUser("Du");
    await h.text(newcomer, `/start ${token}`);
    expect(h.lastTo(newcomer.id)).toContain("Sở Du lịch");
  });

  test("the expiry shown is in Vietnam time, 14 days ahead", async () => {
    const fixed = new Date("2026-03-05T20:30:00Z"); // 06/03/2026 03:30 in Vietnam
    const timed = createBotHarness({ db: t.db, now: () => fixed });
    await timed.press(leader, chooseInviteRole.pack({ unitId: seed.unitId("SYT"), role: "signatory" }));
    expect(timed.lastTo(leader.id)).toContain("Hiệu lực đến 20/03/2026 03:30");
  });

  test("the board sees the board option and can invite board members", async () => {
    await h.text(board, "/invite");
    const buttons = h.buttonsOf(h.lastCallTo(board.id));
    const boardButton = buttons.find((b) => b.text === "Ban Thi đua – Khen thưởng tỉnh");
    expect(boardButton).toBeDefined();
    await h.press(board, boardButton!.callback_data);
    const token = /start=([A-Za-z0-9_-]+)/.exec(h.lastTo(board.id))![1]!;
    expect((await t.db.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } })).role).toBe("board");
  });

  test("an invite button for a unit of another bloc is refused", async () => {
    const foreign = "c" + "x".repeat(24);
    const invites = await t.db.invite.count();
    expect(await pressAndRead(h, leader, chooseInviteRole.pack({ unitId: foreign, role: "liaison" }))).toEqual({
      toasts: ["Không tìm thấy đơn vị này trong khối."],
      messages: [],
    });
    expect(await t.db.invite.count()).toBe(invites);
  });

  test("a unit button for a unit of another bloc is refused with a toast", async () => {
    const foreign = "c" + "y".repeat(24);
    expect(await pressAndRead(h, leader, chooseInviteUnit.pack({ unitId: foreign }))).toEqual({
      toasts: ["Không tìm thấy đơn vị này trong khối."],
      messages: [],
    });
  });

  test("cancel closes the picker", async () => {
    await h.press(leader, dismiss.pack({}));
    expect(h.lastTo(leader.id)).toBe("Đã huỷ.");
  });
});

describe("/members", () => {
  test("lists every unit with who, role and since, and offers removal", async () => {
    await h.text(board, "/members");
    const call = h.lastCallTo(board.id)!;
    const text = String(call.payload.text);
    expect(text).toContain("Thành viên Khối thi đua số 4:");
    expect(text).toContain("Sở Y tế (2)");
    expect(text).toMatch(/• Sơn Test – Lãnh đạo đơn vị \(người ký\), từ \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain("Ban Dân tộc (0)");
    expect(text).toContain("(chưa có ai)");
    expect(h.buttonsOf(call).map((b) => b.text)).toContain("Xoá Lan Test");
    expect(h.buttonsOf(call).map((b) => b.text)).not.toContain("Xoá Tửu Test");
  });

  test("removal asks for confirmation, then removes, tells the person and keeps history", async () => {
    const victim = makeUser("Gone", "en");
    await h.text(victim, `/start ${await seed.invite("SGDDT", "liaison")}`);
    await h.text(leader, "/members");
    const removeButton = h.buttonsOf(h.lastCallTo(leader.id)).find((b) => b.text === "Xoá Gone Test")!;
    await h.press(leader, removeButton.callback_data);
    const confirm = h.lastCallTo(leader.id)!;
    expect(confirm.payload.text).toBe(
      "Xoá Gone Test (Chuyên viên phụ trách thi đua, Sở Giáo dục và Đào tạo) khỏi khối? Người này sẽ không nhận được thông báo của khối nữa.",
    );
    const membership = await t.db.membership.findFirstOrThrow({ where: { person: { telegramId: BigInt(victim.id) } } });
    expect(membership.removedAt).toBeNull();

    await h.press(leader, h.buttonsOf(confirm).find((b) => b.text === "Xoá")!.callback_data);
    expect(h.lastTo(leader.id)).toBe("Đã xoá Gone Test khỏi Sở Giáo dục và Đào tạo.");
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: membership.id } })).removedAt).not.toBeNull();
    await h.deliver();
    expect(h.lastTo(victim.id)).toContain("The leader unit has removed you from Sở Giáo dục và Đào tạo");
    expect(await t.db.auditEvent.count({ where: { action: "member.removed", subjectId: membership.id } })).toBe(1);

    // The confirmation button pressed again is stale: nothing changes and the leader is told.
    const stale = await pressAndRead(h, leader, h.buttonsOf(confirm).find((b) => b.text === "Xoá")!.callback_data);
    expect(stale).toEqual({ toasts: ["Thành viên này không còn trong khối (có thể đã được xoá)."], messages: [] });
    expect(await t.db.auditEvent.count({ where: { action: "member.removed", subjectId: membership.id } })).toBe(1);

    // Removed, they may join another unit.
    await h.text(victim, `/start ${await seed.invite("SDL", "liaison")}`);
    expect(h.lastTo(victim.id)).toContain("You are registered!");
  });

  test("a removal button for someone not in the bloc is refused with a toast", async () => {
    const unknown = "c" + "z".repeat(24);
    expect(await pressAndRead(h, leader, askRemoval.pack({ membershipId: unknown }))).toEqual({
      toasts: ["Thành viên này không còn trong khối (có thể đã được xoá)."],
      messages: [],
    });
  });

  test("declining the confirmation keeps the member", async () => {
    const keep = makeUser("Keep");
    await h.text(keep, `/start ${await seed.invite("BDT", "signatory")}`);
    const membership = await t.db.membership.findFirstOrThrow({ where: { person: { telegramId: BigInt(keep.id) } } });
    await h.press(leader, askRemoval.pack({ membershipId: membership.id }));
    await h.press(leader, h.buttonsOf(h.lastCallTo(leader.id)).find((b) => b.text === "Không xoá")!.callback_data);
    expect(h.lastTo(leader.id)).toBe("Đã huỷ.");
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: membership.id } })).removedAt).toBeNull();
  });
});

describe("/bloc", () => {
  test("everyone in the bloc sees the units and how many members each has", async () => {
    await h.text(liaison, "/bloc");
    const text = h.lastTo(liaison.id);
    expect(text).toContain("Khối thi đua số 4 – Kiên Giang, year 2018");
    expect(text).toContain("1. Sở Văn hóa và Thể thao (leader unit): 1 members");
    expect(text).toMatch(/Sở Y tế: 2 members/);
    expect(text).toContain("Provincial Emulation and Commendation Board: 1 members");
  });
});
