import os from "node:os";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { castVote } from "../../src/domain/ballots/cast-vote.js";
import { answerConference } from "../../src/domain/conference/answer-conference.js";
import { checkInUnit } from "../../src/domain/conference/check-in-unit.js";
import { createConference } from "../../src/domain/conference/create-conference.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { readRefusal } from "../support/read-refusal.js";
import { expectDomainRefusal } from "../support/review-round.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";
import { convertWithSoffice, soffice } from "../documents/fixtures/render-pdf.js";

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
let candidateIdsAtOpening: string[] = [];
const unchanged = async (act: () => Promise<unknown>, ignore: string[] = []) => {
  const before = await snapshotTables(t.db, { ignore: ["HandledUpdate", ...ignore] });
  const result = await act();
  expect(await snapshotTables(t.db, { ignore: ["HandledUpdate", ...ignore] })).toEqual(before);
  return result;
};

type Button = { text: string; callback_data: string };
const buttonsOf = (markup: unknown) => ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();
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
  // Five units answer that they attend, with the person each sends.
  for (const code of ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH"] as const) {
    const actor = await loadActor(t.db, { telegramId: signatory[code].id });
    await answerConference(t.db, {
      blocId: seed.blocId,
      conferenceId: conference.conference.id,
      personId: actor.person!.id,
      answer: "attending",
      attendees: [{ name: `Đại biểu ${code}`, title: "Phó Giám đốc" }],
      reason: null,
      actor,
      timeZone: "Asia/Ho_Chi_Minh",
      now,
    });
  }
  // On the day, the leader marks the five units present; SYT and SKHCN are not in the room.
  now = new Date("2018-12-15T01:10:00Z");
  for (const code of ["SVHTT", "BDT", "SGDDT", "SDL", "SLDTBXH"] as const)
    await checkInUnit(t.db, {
      blocId: seed.blocId,
      conferenceId: conference.conference.id,
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
    expect(
      buttonsOf(h.api.chatMessages(leader.id).at(-1)!.reply_markup).filter((b) => b.text.startsWith("☑")),
    ).toHaveLength(7);
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
    candidateIdsAtOpening = ballot.titles.flatMap((x) => x.candidates.map((c) => c.id)).sort();
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

  test("units vote at the meeting; the confirmation never repeats a secret choice", async () => {
    now = new Date("2018-12-15T02:30:00Z");
    // Title 1: Cờ thi đua (SYT, SDL, SGDDT); 2: Bằng khen, 3 seats (BDT, SKHCN, SGDDT, SLDTBXH, SDL); 3: Khối trưởng.
    const papers: Record<string, [number, Code][]> = {
      SVHTT: [
        [1, "SYT"],
        [2, "BDT"],
        [2, "SKHCN"],
        [2, "SGDDT"],
        [3, "SDL"],
      ],
      BDT: [
        [1, "SYT"],
        [2, "SKHCN"],
        [2, "SGDDT"],
        [2, "SLDTBXH"],
        [3, "SDL"],
      ],
      SGDDT: [
        [1, "SYT"],
        [2, "BDT"],
        [2, "SKHCN"],
        [2, "SLDTBXH"],
        [3, "SDL"],
      ],
      SDL: [
        [1, "SGDDT"],
        [2, "BDT"],
        [2, "SGDDT"],
        [2, "SLDTBXH"],
        [3, "SGDDT"],
      ],
      SLDTBXH: [
        [1, "SYT"],
        [2, "BDT"],
        [2, "SKHCN"],
        [2, "SGDDT"],
        [3, "SDL"],
      ],
    };
    for (const [code, ticks] of Object.entries(papers)) {
      const user = signatory[code as Code];
      await vote(user, ticks);
      const done = lastText(user);
      expect(done).toContain(
        `Đã bỏ phiếu – ${(await t.db.unit.findFirstOrThrow({ where: { code } })).name} (lãnh đạo đơn vị, tại hội nghị)`,
      );
      // The voter's paper became the confirmation: no candidate is named in it any more.
      for (const other of codes.filter((c) => c !== code)) expect(done).not.toContain(short[other]);
      expect(buttonsOf(h.api.chatMessages(user.id).at(-1)!.reply_markup)).toEqual([]);
    }
    expect(await t.db.ballotParticipation.count({ where: { ballotId, channel: "meeting" } })).toBe(5);
    await h.text(leader, "/ballot");
    expect(lastText(leader)).toContain("Đã bỏ phiếu: 5/7");
    expect(lastText(leader)).toContain("Chưa bỏ phiếu: Sở KH&CN, Sở Y tế");
  });

  test("SYT, absent, delegates to its liaison, who votes in writing", async () => {
    now = new Date("2018-12-15T05:00:00Z");
    await h.text(signatory.SYT, "/ballot");
    await press(signatory.SYT, "👤 Uỷ quyền bỏ phiếu");
    await press(signatory.SYT, "Thay SYT Test");
    expect(lastText(signatory.SYT)).toContain("Đã uỷ quyền cho Thay SYT Test bỏ phiếu thay Sở Y tế");
    await h.deliver();
    expect(h.lastTo(sytLiaison.id)).toContain("Ký SYT Test uỷ quyền cho bạn bỏ phiếu thay Sở Y tế");
    // Sở Y tế may not vote for itself: the domain refuses, and nothing is written.
    await press(sytLiaison, "🗳 Bỏ phiếu");
    await press(sytLiaison, "1. ☐ Sở Y tế");
    await press(sytLiaison, "📨 Gửi phiếu");
    const before = await snapshotTables(t.db, { ignore: ["HandledUpdate"] });
    expect(await refusal(sytLiaison, () => press(sytLiaison, "✅ Xác nhận bỏ phiếu"))).toContain(
      "không được bỏ phiếu cho chính mình",
    );
    expect(await snapshotTables(t.db, { ignore: ["HandledUpdate"] })).toEqual(before);
    await vote(sytLiaison, [
      [1, "SDL"],
      [2, "BDT"],
      [2, "SLDTBXH"],
      [2, "SDL"],
      [3, "SDL"],
    ]);
    expect(lastText(sytLiaison)).toContain("Đã bỏ phiếu – Sở Y tế (người được uỷ quyền, bằng văn bản)");
    const participation = await t.db.ballotParticipation.findUniqueOrThrow({
      where: { ballotId_unitId: { ballotId, unitId: seed.unitId("SYT") } },
    });
    expect(participation).toMatchObject({ role: "delegate", channel: "written", choices: null });
  });

  test("bad input: a second vote, a liaison without delegation, the board, too many ticks, a non-candidate", async () => {
    now = new Date("2018-12-15T05:30:00Z");
    const replay = (user: { id: number; first_name: string }, data: string) => () =>
      h.press(user, data, { chatId: user.id, messageId: 1 });
    expect(await unchanged(() => refusal(leader, replay(leader, `vc:${ballotId}:1-7-1`)))).toBe(
      "Sở Văn hóa và Thể thao đã bỏ phiếu rồi; mỗi đơn vị chỉ bỏ một phiếu.",
    );
    expect(await unchanged(() => refusal(bdtLiaison, replay(bdtLiaison, `vo:${ballotId}`)))).toContain(
      "Bạn chưa được uỷ quyền",
    );
    const denied = await t.db.auditEvent.count({ where: { action: "authz.denied" } });
    expect(await unchanged(() => refusal(board, replay(board, `vo:${ballotId}`)), ["AuditEvent"])).toContain(
      "Ban Thi đua – Khen thưởng tỉnh không bỏ phiếu",
    );
    expect(await t.db.auditEvent.count({ where: { action: "authz.denied" } })).toBe(denied + 1);
    const khcn = signatory.SKHCN;
    // Two ticks for the one seat of the flag, forged into the button: the domain counts them.
    expect(await unchanged(() => refusal(khcn, replay(khcn, `vc:${ballotId}:3-0-0`)))).toBe(
      "«Cờ thi đua của UBND tỉnh»: chỉ được chọn tối đa 1 đơn vị.",
    );
    // A tick past the list (a fourth flag candidate) is no button the bot made.
    expect(await unchanged(() => refusal(khcn, replay(khcn, `vc:${ballotId}:8-0-0`)))).toContain("Nút này đã cũ");
    const actor = await loadActor(t.db, { telegramId: khcn.id });
    const flag = await t.db.ballotTitle.findFirstOrThrow({ where: { ballotId, position: 0 } });
    await expectDomainRefusal(t.db, "ballots.error_not_candidate", () =>
      castVote(t.db, {
        actor,
        blocId: seed.blocId,
        ballotId,
        choices: { [flag.id]: [seed.unitId("SVHTT")] },
        now,
        timeZone: "Asia/Ho_Chi_Minh",
      }),
    );
    expect(await unchanged(() => refusal(bdtLiaison, replay(bdtLiaison, `vx:${ballotId}`)), ["AuditEvent"])).toBe(
      "Chức năng này chỉ dành cho đơn vị Khối trưởng của năm.",
    );
  });

  test("secrecy: the tables cannot tell which unit chose what", async () => {
    const participation = await t.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "BallotParticipation"`);
    expect(participation).toHaveLength(6);
    expect(Object.keys(participation[0]!).sort()).toEqual([
      "at",
      "ballotId",
      "channel",
      "choices",
      "id",
      "personId",
      "role",
      "unitId",
    ]);
    expect(participation.every((row) => row["choices"] === null)).toBe(true);
    const counters = await t.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "BallotCandidate"`);
    // Counters only: no voter, no time; the same rows as at opening, so a vote added no row to order or date.
    expect(Object.keys(counters[0]!).sort()).toEqual(["id", "outcome", "position", "titleId", "unitId", "votes"]);
    expect(counters.map((c) => String(c["id"])).sort()).toEqual(candidateIdsAtOpening);
    const votes = Object.fromEntries(
      (await t.db.ballotCandidate.findMany({ include: { title: true } })).map((c) => [
        `${c.title.position}:${codes.find((code) => seed.unitId(code) === c.unitId)}`,
        c.votes,
      ]),
    );
    expect(votes).toMatchObject({ "0:SYT": 4, "0:SDL": 1, "0:SGDDT": 1, "1:BDT": 5, "1:SKHCN": 4, "1:SGDDT": 4 });
    expect(votes).toMatchObject({ "1:SLDTBXH": 4, "1:SDL": 1, "2:SDL": 5, "2:SGDDT": 1, "2:SYT": 0 });
    const audits = await t.db.auditEvent.findMany({ where: { action: "ballot.voted" } });
    expect(audits).toHaveLength(6);
    for (const audit of audits)
      expect(Object.keys(JSON.parse(audit.details!)).sort()).toEqual(["channel", "role", "unitId"]);
    // Nothing the vote wrote elsewhere names a candidate: no open dialogue, no queued message since the votes began.
    expect(await t.db.conversation.count()).toBe(0);
    const queued = await t.db.outboxMessage.findMany({
      where: { createdAt: { gte: new Date("2018-12-15T02:30:00Z") } },
    });
    expect(queued.map((m) => m.textKey)).toEqual(["ballots.delegated_notice"]);
  });

  test("the leader closes it: results only now, a tie at the last seat to be voted again, everyone told", async () => {
    now = new Date("2018-12-15T06:00:00Z");
    await h.text(leader, "/ballot");
    await press(leader, "🔒 Kết thúc bỏ phiếu");
    await press(leader, "Kết thúc và công bố kết quả");
    const results = lastText(leader);
    expect(results).toContain("Số đơn vị bỏ phiếu: 6/7 (tối thiểu 5)");
    expect(results).toContain("Tại hội nghị: 5 · bằng văn bản: 1 · không bỏ phiếu: 1");
    expect(results).toContain("✅ Sở Y tế: 4/7 phiếu (57,1%)");
    expect(results).toContain("✅ Ban Dân tộc: 5/7 phiếu (71,4%)");
    for (const name of ["Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Lao động, Thương binh và Xã hội"])
      expect(results).toContain(`⚖️ ${name}: 4/7 phiếu (57,1%)`);
    expect(results).toContain("▫️ Sở Du lịch: 1/7 phiếu (14,3%)");
    expect(results).toContain("✅ Sở Du lịch: 5/7 phiếu (71,4%)");
    expect(results).toContain("Bằng phiếu ở suất cuối");
    const ballot = await t.db.ballot.findUniqueOrThrow({ where: { id: ballotId } });
    expect(ballot).toMatchObject({ state: "closed", voidReason: null });
    await h.deliver();
    for (const user of [...Object.values(signatory), sytLiaison, bdtLiaison, board]) {
      const notice = h.api
        .sent(user.id)
        .find((m) => String(m.text).startsWith("📊 Kết quả bỏ phiếu bình xét năm 2018"));
      expect(notice?.text, user.first_name).toContain("6/7 đơn vị bỏ phiếu");
      expect(notice?.text).toContain("Bằng khen của Chủ tịch UBND tỉnh: Ban Dân tộc; bằng phiếu, cần bỏ phiếu lại:");
    }
    // The election title sets next year's term, through the rotation's setNextTerm.
    await press(leader, "🔁 Đặt nhiệm kỳ năm sau theo kết quả bầu");
    expect(lastText(leader)).toBe("Nhiệm kỳ năm 2019: Khối trưởng Sở Du lịch, Khối phó — (theo kết quả bỏ phiếu).");
    expect(
      await t.db.term.findUniqueOrThrow({ where: { blocId_year: { blocId: seed.blocId, year: 2019 } } }),
    ).toMatchObject({
      leaderUnitId: seed.unitId("SDL"),
      deputyUnitId: null,
      source: "ballot",
      ballotId,
      startedAt: null,
    });
    // After the close, a vote is refused and nothing changes.
    expect(await unchanged(() => refusal(signatory.SKHCN, () => press(signatory.SKHCN, "🗳 Bỏ phiếu")))).toBe(
      "Cuộc bỏ phiếu này đã kết thúc; không nhận thêm phiếu.",
    );
  });

  test("a second ballot, open, short of the quorum at its deadline, is void with the reason", async () => {
    now = new Date("2018-12-15T07:00:00Z");
    await h.text(leader, "/ballot");
    expect(h.api.sent(leader.id).at(-2)?.text).toContain("📊 Kết quả bỏ phiếu bình xét năm 2018");
    await press(leader, "Tiếp ▶");
    await press(leader, "☐ Sở Y tế");
    await press(leader, "Tiếp ▶");
    for (const code of ["BDT", "SKHCN", "SGDDT"] as const) await press(leader, `☐ ${short[code]}`);
    await press(leader, "Tiếp ▶");
    // The bloc's rules are the last ballot's; this one is an open vote.
    await press(leader, "Bỏ phiếu kín / công khai");
    expect(lastText(leader)).toContain("Biểu quyết công khai");
    await press(leader, "Tiếp ▶");
    await h.text(leader, "16/12/2018");
    await press(leader, "🗳 Mở bỏ phiếu");
    const second = await t.db.ballot.findFirstOrThrow({ where: { state: "open" }, include: { titles: true } });
    expect(second).toMatchObject({ secret: false, tieRule: "revote", quorumNum: 2, quorumDen: 3 });
    await h.deliver();
    await vote(leader, [
      [1, "SYT"],
      [2, "BDT"],
    ]);
    expect(lastText(leader)).toContain("Cờ thi đua của UBND tỉnh: Sở Y tế");
    await vote(signatory.BDT, [[1, "SYT"]]);
    // An open vote keeps each unit's choice with it.
    const choices = await t.db.ballotParticipation.findUniqueOrThrow({
      where: { ballotId_unitId: { ballotId: second.id, unitId: seed.unitId("SVHTT") } },
    });
    const flag = second.titles.find((x) => x.position === 0)!;
    expect(JSON.parse(choices.choices!)[flag.id]).toEqual([seed.unitId("SYT")]);
    // 17:00 Vietnam time on the 16th passes: the job closes it, twice run, one notice each.
    now = new Date("2018-12-16T10:01:00Z");
    await h.runJobs(now);
    await h.runJobs(now);
    expect(await t.db.ballot.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      state: "void",
      voidReason: "quorum_not_met",
    });
    await h.deliver();
    for (const user of [signatory.SYT, board]) {
      const notices = h.api.sent(user.id).filter((m) => String(m.text).startsWith("⛔"));
      expect(notices.map((m) => m.text)).toEqual([
        "⛔ Cuộc bỏ phiếu bình xét năm 2018 không có giá trị: chỉ 2/7 đơn vị bỏ phiếu, cần tối thiểu 5.",
      ]);
    }
    await press(board, "📊 Xem kết quả");
    expect(lastText(board)).toContain("Không đủ số đơn vị tối thiểu: 2 đơn vị bỏ phiếu, cần 5.");
  });

  test(
    "the leader takes the minutes and the proposal as Word files; LibreOffice opens them",
    { timeout: 240_000 },
    async () => {
      const file = async (label: string) => {
        await press(leader, label);
        const sent = h.api.sent(leader.id).at(-1)!;
        expect(sent.method).toBe("sendDocument");
        return { name: sent.file!.fileName!, bytes: h.api.fileBytes(sent.file!.file_id)! };
      };
      const minutes = await file("📄 Biên bản họp");
      expect(minutes.name).toBe("bien-ban-binh-xet-2018.docx");
      const minutesText = (await mammoth.extractRawText({ buffer: minutes.bytes })).value;
      for (const expected of [
        "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2018",
        "Hội trường Sở Văn hóa và Thể thao",
        "Thời gian: 08:00 ngày 15/12/2018.",
        "Đại biểu SDL",
        "Sở Khoa học và Công nghệ",
        "bằng văn bản 1 đơn vị",
        "57,14",
      ])
        expect(minutesText, expected).toContain(expected);
      // Counts only: no voter is named beside a choice.
      expect(minutesText).not.toContain("Thay SYT");
      const proposal = await file("📄 Tờ trình khen thưởng");
      const proposalText = (await mammoth.extractRawText({ buffer: proposal.bytes })).value;
      expect(proposalText).toContain("Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh Kiên Giang");
      expect(proposalText).toContain("Sở Y tế");
      expect(proposalText).toContain("Ban Dân tộc");
      // The tied units are voted again, not proposed.
      expect(proposalText).not.toContain("Sở Khoa học và Công nghệ");
      if (soffice === null) return;
      const dir = mkdtempSync(path.join(os.tmpdir(), "soffice-"));
      for (const doc of [minutes, proposal]) {
        const docx = path.join(dir, doc.name);
        writeFileSync(docx, doc.bytes);
        const pdf = readFileSync(
          await convertWithSoffice(docx, "pdf", path.join(dir, "pdf"), path.join(dir, "profile")),
        );
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
