import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { castVote } from "../../src/domain/ballots/cast-vote.js";
import { checkInUnit } from "../../src/domain/conference/check-in-unit.js";
import { createConference } from "../../src/domain/conference/create-conference.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { readRefusal } from "../support/read-refusal.js";
import { expectDomainRefusal } from "../support/review-round.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The year-end ballot of Bloc No. 4 over the fake Bot API, under TZ=America/New_York (vitest.config.ts): the
// meeting on 15/12/2018 at 08:00 Vietnam time, five units checked in, one voting in writing through its delegate,
// one absent. Times below are UTC; Vietnam is UTC+7.
let t: TestDb;
let h: ApiHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let now = new Date("2018-12-10T02:00:00Z");
const person = (id: number, first_name: string) => ({ id, first_name, last_name: "Test", language_code: "vi" });
const codes = ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH", "SKHCN", "SYT"] as const;
type Code = (typeof codes)[number];
const signatory = Object.fromEntries(codes.map((code, i) => [code, person(940_000 + i, `Ký ${code}`)])) as Record<
  Code,
  ReturnType<typeof person>
>;
const leader = signatory.SVHTT;
const sytLiaison = person(940_100, "Thay SYT");
const bdtLiaison = person(940_101, "LL BDT");
const board = person(940_102, "Ban TĐKT");
const short: Record<Code, string> = {
  SVHTT: "Sở VH&TT",
  BDT: "Ban Dân tộc",
  SGDDT: "Sở GD&ĐT",
  SDL: "Sở Du lịch",
  SLDTBXH: "Sở LĐTB&XH",
  SKHCN: "Sở KH&CN",
  SYT: "Sở Y tế",
};
let ballotId = "";

type Button = { text: string; callback_data: string };
const buttonsOf = (markup: unknown) =>
  ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
// Presses a button as it stands now in the chat (edits applied), in the latest message that has it.
const press = async (user: { id: number; first_name: string }, label: string | RegExp) => {
  const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
  const message = [...h.api.chatMessages(user.id)]
    .reverse()
    .find((m) => buttonsOf(m.reply_markup).some((b) => matches(b.text)));
  if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
  const button = buttonsOf(message.reply_markup).find((b) => matches(b.text))!;
  await h.press(user, button.callback_data, { chatId: user.id, messageId: message.message_id });
  return { data: button.callback_data, messageId: message.message_id };
};
const lastText = (user: { id: number }) => {
  const messages = h.api.chatMessages(user.id);
  return String(messages.at(-1)?.text ?? "");
};
const refusal = (user: { id: number }, act: () => Promise<unknown>) => readRefusal(h.api, user, act);

// One unit's vote through the bot: open the paper from the invitation, tick per title, send, confirm.
async function vote(user: { id: number; first_name: string }, ticks: [number, Code][]) {
  await press(user, "🗳 Bỏ phiếu");
  for (const [title, code] of ticks) await press(user, `${title}. ☐ ${short[code]}`);
  await press(user, "📨 Gửi phiếu");
  return press(user, "✅ Xác nhận bỏ phiếu");
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  for (const code of codes) await h.text(signatory[code], `/start ${await seed.invite(code, "signatory")}`);
  await h.text(sytLiaison, `/start ${await seed.invite("SYT", "liaison")}`);
  await h.text(bdtLiaison, `/start ${await seed.invite("BDT", "liaison")}`);
  await h.text(board, `/start ${await seed.invite(null, "board")}`);
  const leaderActor = await loadActor(t.db, { telegramId: leader.id });
  const conference = await createConference(t.db, {
    blocId: seed.blocId,
    createdById: leaderActor.person!.id,
    actor: leaderActor,
    conference: {
      title: "Hội nghị tổng kết, bình xét thi đua năm 2018",
      startsAt: new Date("2018-12-15T01:00:00Z"),
      venue: "Hội trường Sở Văn hóa và Thể thao",
      agenda: "",
      chair: "",
    },
    timeZone: "Asia/Ho_Chi_Minh",
    now,
  });
  // On the day, the leader marks the five units present; SYT and SKHCN are not in the room.
  now = new Date("2018-12-15T01:10:00Z");
  for (const code of ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH"] as const)
    await checkInUnit(t.db, {
      blocId: seed.blocId,
      conferenceId: conference.id,
      personId: leaderActor.person!.id,
      unitId: seed.unitId(code),
      actor: leaderActor,
      timeZone: "Asia/Ho_Chi_Minh",
      now,
    });
  await h.deliver();
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("the year-end ballot", () => {
  test("the leader opens it with the wizard: presets, candidates ticked, rules, deadline", async () => {
    now = new Date("2018-12-15T02:00:00Z");
    await h.text(leader, "/ballot");
    expect(lastText(leader)).toContain("Chọn các danh hiệu");
    await press(leader, /Khối trưởng năm sau$/);
    await press(leader, "Tiếp ▶");
    // Cờ thi đua: three candidates.
    for (const code of ["SYT", "SDL", "SGDDT"] as const) await press(leader, `☐ ${short[code]}`);
    await press(leader, "Tiếp ▶");
    // Bằng khen (3 by default): five candidates.
    for (const code of ["BDT", "SKHCN", "SGDDT", "SLDTBXH", "SDL"] as const) await press(leader, `☐ ${short[code]}`);
    await press(leader, "Tiếp ▶");
    // Khối trưởng năm sau: every unit comes ticked.
    expect(buttonsOf(h.api.chatMessages(leader.id).at(-1)!.reply_markup).filter((b) => b.text.startsWith("☑"))).toHaveLength(7);
    await press(leader, "Tiếp ▶");
    const rules = lastText(leader);
    expect(rules).toContain("Bỏ phiếu kín");
    expect(rules).toContain("ít nhất 2/3 số đơn vị bỏ phiếu (5/7)");
    expect(rules).toContain("trên 50% tổng số đơn vị");
    expect(rules).toContain("không bỏ phiếu cho chính mình");
    expect(rules).toContain("bỏ phiếu lại");
    await press(leader, "Tiếp ▶");
    await h.text(leader, "31/02/2018");
    expect(lastText(leader)).toMatch(/dd\/MM\/yyyy|không hợp lệ|ngày/i);
    expect(await t.db.ballot.count()).toBe(0);
    await h.text(leader, "15/12/2018 17:00");
    expect(lastText(leader)).toContain("Hạn bỏ phiếu: 15/12/2018 17:00");
    await press(leader, "🗳 Mở bỏ phiếu");
    const ballot = await t.db.ballot.findFirstOrThrow({ include: { titles: { include: { candidates: true } } } });
    ballotId = ballot.id;
    expect(ballot).toMatchObject({ year: 2018, secret: true, unitsTotal: 7, state: "open" });
    expect(ballot.deadline.toISOString()).toBe("2018-12-15T10:00:00.000Z");
    expect(ballot.conferenceId).not.toBeNull();
    expect(ballot.titles.map((x) => [x.name, x.seats, x.candidates.length]).sort()).toEqual([
      ["Bằng khen của Chủ tịch UBND tỉnh", 3, 5],
      ["Cờ thi đua của UBND tỉnh", 1, 3],
      ["Khối trưởng năm sau", 1, 7],
    ]);
    await h.deliver();
    for (const code of codes) {
      const got = h.api.sent(signatory[code].id).at(-1)!;
      expect(got.text).toContain("Bỏ phiếu bình xét năm 2018 (bỏ phiếu kín), hạn 15/12/2018 17:00");
      expect(buttonsOf(got.replyMarkup).map((b) => b.text)).toEqual(["🗳 Bỏ phiếu", "👤 Uỷ quyền bỏ phiếu"]);
    }
    expect(h.lastTo(sytLiaison.id)).toContain("do lãnh đạo đơn vị bỏ");
    expect(buttonsOf(h.api.sent(sytLiaison.id).at(-1)!.replyMarkup)).toEqual([]);
  });
});
