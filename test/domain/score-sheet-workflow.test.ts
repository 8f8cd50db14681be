import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MemberRole } from "../../src/generated/prisma/client.js";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { attachEvidence } from "../../src/domain/scoring/sheets/attach-evidence.js";
import { decideAgain } from "../../src/domain/scoring/sheets/decide-again.js";
import { delegateSheet } from "../../src/domain/scoring/sheets/delegate-sheet.js";
import { finalizeSheet } from "../../src/domain/scoring/sheets/finalize-sheet.js";
import { listRoundStatus } from "../../src/domain/scoring/sheets/list-round-status.js";
import { createWorkCalendar } from "../../src/domain/reports/work-calendar.js";
import { remindDraftSheets } from "../../src/domain/scoring/sheets/remind-draft-sheets.js";
import { openReviewRound } from "../../src/domain/scoring/sheets/open-review-round.js";
import { reviewSheet } from "../../src/domain/scoring/sheets/review-sheet.js";
import { saveSelfEntry } from "../../src/domain/scoring/sheets/save-self-entry.js";
import { submitExplanation } from "../../src/domain/scoring/sheets/submit-explanation.js";
import { submitSheet } from "../../src/domain/scoring/sheets/submit-sheet.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { expectRefusedAndUnchanged } from "../support/policy-actors.js";
import { expectDomainRefusal, importReviewScale, seedReportingPeriod } from "../support/review-round.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The whole life of a unit's sheet, and every refusal on the way writing nothing.
let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let leaf: (path: string) => string;
let scaleId = "";
let roundId = "";
const sheetOf = async (code: string) =>
  (await t.db.scoreSheet.findUniqueOrThrow({ where: { roundId_unitId: { roundId, unitId: seed.unitId(code) } } })).id;
const now = new Date("2026-12-01T03:00:00Z");
const deadline = new Date("2026-12-15T10:00:00Z");
const explanationDeadline = new Date("2026-12-22T10:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * 864e5);
const a = {} as Record<"leader" | "board" | "sytSignatory" | "sytLiaison" | "bdtSignatory" | "bdtLiaison", Actor>;

let nextTelegramId = 940_000;
async function person(unit: string | null, role: MemberRole): Promise<Actor> {
  const telegramId = nextTelegramId++;
  const created = await t.db.person.create({
    data: { telegramId: BigInt(telegramId), chatId: BigInt(telegramId), firstName: `P${telegramId}` },
  });
  await t.db.membership.create({
    data: { personId: created.id, blocId: seed.blocId, unitId: unit ? seed.unitId(unit) : null, role },
  });
  return loadActor(t.db, { telegramId });
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  a.leader = await person("SVHTT", "signatory");
  a.board = await person(null, "board");
  a.sytSignatory = await person("SYT", "signatory");
  a.sytLiaison = await person("SYT", "liaison");
  a.bdtSignatory = await person("BDT", "signatory");
  a.bdtLiaison = await person("BDT", "liaison");
  ({ scaleId, leaf } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now }));
  // SYT: one report late, one missing; BDT: both on time.
  const [syt, bdt] = [seed.unitId("SYT"), seed.unitId("BDT")];
  const due1 = new Date("2026-03-20T16:59:59Z");
  const due2 = new Date("2026-06-20T16:59:59Z");
  await seedReportingPeriod(t.db, {
    blocId: seed.blocId,
    key: "2026-Q1",
    dueAt: due1,
    submissions: { [syt]: later(-250), [bdt]: due1 },
  });
  await seedReportingPeriod(t.db, { blocId: seed.blocId, key: "2026-Q2", dueAt: due2, submissions: { [bdt]: due2 } });
});
afterAll(async () => t.close());

const open = (actor: Actor) =>
  openReviewRound(t.db, { actor, blocId: seed.blocId, year: 2026, deadline, explanationDeadline, now });

describe("opening the round", () => {
  test("a unit's liaison cannot open it", async () => {
    await expectRefusedAndUnchanged(t.db, () => open(a.sytLiaison));
  });

  test("the leader opens it: a draft sheet per unit, the reporting leaf computed, the scale locked, units told", async () => {
    const result = await open(a.leader);
    roundId = result.roundId;
    const units = await t.db.unit.count({ where: { blocId: seed.blocId } });
    expect(result.sheets).toBe(units);
    expect((await t.db.scale.findUniqueOrThrow({ where: { id: scaleId } })).status).toBe("locked");
    const bound = async (code: string) =>
      t.db.scoreEntry.findUniqueOrThrow({
        where: { sheetId_nodeId_layer: { sheetId: await sheetOf(code), nodeId: leaf("II.3"), layer: "self" } },
      });
    // 5 − 0.5 (late) − 1 (missing); BDT sent both on time.
    expect(await bound("SYT")).toMatchObject({ points: 3.5, bound: true });
    expect(await bound("BDT")).toMatchObject({ points: 5, bound: true });
    expect(await t.db.outboxMessage.count({ where: { intentId: `review-open:${roundId}` } })).toBeGreaterThanOrEqual(4);
  });

  test("a second round for the year is refused", async () => {
    await expectDomainRefusal(t.db, "sheets.error_round_exists", () => open(a.leader));
  });
});

describe("self-scoring", () => {
  const save = (actor: Actor, sheetId: string, path: string, value: Record<string, unknown>, at = later(1)) =>
    saveSelfEntry(t.db, { actor, sheetId, nodeId: leaf(path), value: { assigned: true, ...value }, now: at });

  test("the unit's liaison fills leaves; every change keeps the old value, who and when", async () => {
    const sheetId = await sheetOf("SYT");
    await save(a.sytLiaison, sheetId, "II.1", { points: 8 });
    await save(a.sytLiaison, sheetId, "II.1", { points: 9 });
    await save(a.sytLiaison, sheetId, "II.2", { passed: true });
    const changes = await t.db.scoreChange.findMany({
      where: { sheetId, nodeId: leaf("II.1") },
      orderBy: { at: "asc" },
    });
    expect(changes.map((c) => [c.oldValue, c.newValue, c.actorId])).toEqual([
      [null, '{"assigned":true,"points":8}', a.sytLiaison.person!.id],
      ['{"assigned":true,"points":8}', '{"assigned":true,"points":9}', a.sytLiaison.person!.id],
    ]);
  });

  test("bad figures, a bound leaf, a section, another unit's sheet, after the deadline: refused, nothing written", async () => {
    const sheetId = await sheetOf("SYT");
    await expectDomainRefusal(t.db, "scoring.error_over_max", () =>
      save(a.sytLiaison, sheetId, "II.1", { points: 11 }),
    );
    await expectDomainRefusal(t.db, "scoring.error_negative", () =>
      save(a.sytLiaison, sheetId, "II.1", { points: -1 }),
    );
    await expectDomainRefusal(t.db, "sheets.error_bound_leaf", () =>
      save(a.sytLiaison, sheetId, "II.3", { points: 5 }),
    );
    await expectDomainRefusal(t.db, "sheets.error_no_leaf", () => save(a.sytLiaison, sheetId, "II", { points: 5 }));
    await expectDomainRefusal(t.db, "sheets.error_other_unit", () =>
      save(a.bdtLiaison, sheetId, "II.1", { points: 5 }),
    );
    await expectDomainRefusal(t.db, "sheets.error_past_deadline", () =>
      save(a.sytLiaison, sheetId, "II.1", { points: 5 }, later(30)),
    );
    await expectRefusedAndUnchanged(t.db, () => save(a.board, sheetId, "II.1", { points: 5 }));
  });

  test("the computed reporting leaf cannot be changed but may be explained, once, with the draft", async () => {
    const sheetId = await sheetOf("SYT");
    const explain = () =>
      submitExplanation(t.db, {
        actor: a.sytLiaison,
        sheetId,
        nodeId: leaf("II.3"),
        text: "Báo cáo quý I gửi qua bưu điện",
        now: later(1),
      });
    await expectDomainRefusal(t.db, "sheets.error_not_adjusted", () =>
      submitExplanation(t.db, { actor: a.sytLiaison, sheetId, nodeId: leaf("II.1"), text: "x", now: later(1) }),
    );
    await explain();
    await expectDomainRefusal(t.db, "sheets.error_already_explained", explain);
    expect((await t.db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).state).toBe("draft");
  });

  test("evidence is kept with the SHA-256 of its bytes; the same file twice is refused", async () => {
    const sheetId = await sheetOf("SYT");
    const bytes = new TextEncoder().encode("minh chứng");
    const file = { telegramFileId: "tg-file-1", fileName: "bien-ban.pdf", mimeType: "application/pdf", bytes };
    const attach = () =>
      attachEvidence(t.db, { actor: a.sytLiaison, sheetId, nodeId: leaf("II.1"), file, now: later(1) });
    const result = await attach();
    expect(result.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await t.db.scoreEvidence.findFirstOrThrow({ where: { sheetId } })).toMatchObject({ size: bytes.length });
    await expectDomainRefusal(t.db, "sheets.error_duplicate_evidence", attach);
  });
});

describe("submitting", () => {
  test("a liaison cannot submit unless the signatory named them; the signatory can; then the sheet is locked", async () => {
    const sheetId = await sheetOf("SYT");
    await expectDomainRefusal(t.db, "sheets.error_not_signatory", () =>
      submitSheet(t.db, { actor: a.sytLiaison, sheetId, now: later(2) }),
    );
    await expectDomainRefusal(t.db, "sheets.error_other_unit", () =>
      submitSheet(t.db, { actor: a.bdtSignatory, sheetId, now: later(2) }),
    );
    expect(await submitSheet(t.db, { actor: a.sytSignatory, sheetId, now: later(2) })).toMatchObject({
      as: "signatory",
    });
    await expectDomainRefusal(t.db, "sheets.error_state", () =>
      saveSelfEntry(t.db, {
        actor: a.sytLiaison,
        sheetId,
        nodeId: leaf("II.1"),
        value: { assigned: true, points: 1 },
        now: later(2),
      }),
    );
  });

  test("a delegate submits; after the deadline nobody does", async () => {
    const bdt = await sheetOf("BDT");
    await delegateSheet(t.db, {
      actor: a.bdtSignatory,
      sheetId: bdt,
      delegateId: a.bdtLiaison.person!.id,
      now: later(2),
    });
    await expectDomainRefusal(t.db, "sheets.error_past_deadline", () =>
      submitSheet(t.db, { actor: a.bdtLiaison, sheetId: bdt, now: later(20) }),
    );
    expect(await submitSheet(t.db, { actor: a.bdtLiaison, sheetId: bdt, now: later(3) })).toMatchObject({
      as: "delegate",
    });
  });
});

describe("review, explanation, second decision", () => {
  const adjust = async (actor: Actor, code: string, reason: string) =>
    reviewSheet(t.db, {
      actor,
      sheetId: await sheetOf(code),
      decision: { kind: "adjust", nodeId: leaf("II.1"), value: { assigned: true, points: 6 }, reason },
      now: later(4),
    });
  const explain = async (actor: Actor, path: string, at = later(5)) =>
    submitExplanation(t.db, {
      actor,
      sheetId: await sheetOf("SYT"),
      nodeId: leaf(path),
      text: "Đã có biên bản",
      now: at,
    });

  test("nobody reviews their own unit's sheet, an adjustment needs a reason, a unit cannot review", async () => {
    await expectDomainRefusal(t.db, "sheets.error_own_sheet", () => adjust(a.leader, "SVHTT", "Thiếu minh chứng"));
    await expectDomainRefusal(t.db, "sheets.error_reason_required", () => adjust(a.leader, "SYT", "  "));
    await expectDomainRefusal(t.db, "scoring.error_over_max", async () =>
      reviewSheet(t.db, {
        actor: a.leader,
        sheetId: await sheetOf("SYT"),
        decision: { kind: "adjust", nodeId: leaf("II.1"), value: { assigned: true, points: 12 }, reason: "x" },
        now: later(4),
      }),
    );
    await expectRefusedAndUnchanged(t.db, () => adjust(a.sytSignatory, "BDT", "x"));
  });

  test("the leader adjusts with a reason and accepts the rest; the unit is told", async () => {
    await adjust(a.leader, "SYT", "Thiếu minh chứng");
    const sheetId = await sheetOf("SYT");
    const review = await t.db.scoreEntry.findUniqueOrThrow({
      where: { sheetId_nodeId_layer: { sheetId, nodeId: leaf("II.1"), layer: "review" } },
    });
    expect(review).toMatchObject({ points: 6, reason: "Thiếu minh chứng", updatedById: a.leader.person!.id });
    // The unit's own figure stays beside the reviewed one.
    expect(await t.db.scoreEntry.count({ where: { sheetId, nodeId: leaf("II.1") } })).toBe(2);
    expect(
      await reviewSheet(t.db, { actor: a.leader, sheetId, decision: { kind: "accept" }, now: later(4) }),
    ).toMatchObject({
      state: "reviewed",
      adjusted: 1,
    });
    expect(await t.db.outboxMessage.count({ where: { intentId: `sheet-reviewed:${sheetId}` } })).toBe(2);
    await expectDomainRefusal(t.db, "sheets.error_state", () => adjust(a.leader, "SYT", "again"));
  });

  test("a sheet accepted without adjustment is final at once", async () => {
    const sheetId = await sheetOf("BDT");
    expect(
      await reviewSheet(t.db, { actor: a.board, sheetId, decision: { kind: "accept" }, now: later(4) }),
    ).toMatchObject({
      state: "final",
    });
  });

  test("the unit explains an adjusted leaf once, before the explanation deadline", async () => {
    await expectDomainRefusal(t.db, "sheets.error_not_adjusted", () => explain(a.sytLiaison, "II.2"));
    await expectDomainRefusal(t.db, "sheets.error_explanation_closed", () => explain(a.sytLiaison, "II.1", later(30)));
    await expectDomainRefusal(t.db, "sheets.error_other_unit", () => explain(a.bdtLiaison, "II.1"));
    await expectDomainRefusal(t.db, "sheets.error_explanation_open", async () =>
      finalizeSheet(t.db, { actor: a.leader, sheetId: await sheetOf("SYT"), now: later(5) }),
    );
    await explain(a.sytLiaison, "II.1");
    await expectDomainRefusal(t.db, "sheets.error_already_explained", () => explain(a.sytLiaison, "II.1"));
  });

  test("the reviewer decides again with a reason, then the sheet is final and locked", async () => {
    const sheetId = await sheetOf("SYT");
    const decide = (reason: string) =>
      decideAgain(t.db, {
        actor: a.leader,
        sheetId,
        nodeId: leaf("II.1"),
        decision: { kind: "change", value: { assigned: true, points: 8 } },
        reason,
        now: later(6),
      });
    await expectDomainRefusal(t.db, "sheets.error_undecided", () =>
      finalizeSheet(t.db, { actor: a.leader, sheetId, now: later(6) }),
    );
    await expectDomainRefusal(t.db, "sheets.error_reason_required", () => decide(""));
    await decide("Tiếp thu giải trình một phần");
    await expectDomainRefusal(t.db, "sheets.error_already_decided", () => decide("again"));
    await finalizeSheet(t.db, { actor: a.leader, sheetId, now: later(6) });
    const final = await t.db.scoreEntry.findUniqueOrThrow({
      where: { sheetId_nodeId_layer: { sheetId, nodeId: leaf("II.1"), layer: "final" } },
    });
    expect(final.points).toBe(8);
    await expectDomainRefusal(t.db, "sheets.error_state", () => explain(a.sytLiaison, "II.1"));
  });

  test("/review data: every unit's state, the drafts past the deadline flagged late", async () => {
    const status = await listRoundStatus(t.db, { actor: a.leader, blocId: seed.blocId, now: later(20) });
    const byUnit = new Map(status!.rows.map((r) => [r.unitId, r]));
    expect(byUnit.get(seed.unitId("SYT"))).toMatchObject({ state: "final", adjusted: 1, explained: 2, late: false });
    expect(byUnit.get(seed.unitId("BDT"))).toMatchObject({ state: "final", late: false });
    expect(byUnit.get(seed.unitId("SVHTT"))).toMatchObject({ state: "draft", late: true });
    await expectRefusedAndUnchanged(t.db, () =>
      listRoundStatus(t.db, { actor: a.sytLiaison, blocId: seed.blocId, now }),
    );
  });
});

describe("reminders", () => {
  const sent = (intentId: string) => t.db.outboxMessage.findMany({ where: { intentId } });
  const calendar = createWorkCalendar({ overrides: [], timeZone: "Asia/Ho_Chi_Minh" });
  const remind = (at: Date) => remindDraftSheets(t.db, { now: at, calendar });

  test("on the deadline's day at 08:00 only units still filling in are reminded, once however often the job runs", async () => {
    const at = new Date(deadline.getTime() - 60 * 60_000);
    expect((await remind(at)).reminded).toBe(1);
    expect((await remind(at)).reminded).toBe(0);
    const [message] = await sent(`review-event:${await sheetOf("SVHTT")}:remind_0@2026-12-15T01:00:00.000Z`);
    expect(message?.personId).toBe(a.leader.person!.id);
  });

  test("after the deadline the late unit's signatory, then the leader unit, are told once which units are late", async () => {
    expect((await remind(new Date(deadline.getTime() + 60_000))).reminded).toBe(0);
    const signatoryAt = new Date("2026-12-16T01:00:00Z");
    expect((await remind(signatoryAt)).reminded).toBe(1);
    expect((await remind(signatoryAt)).reminded).toBe(0);
    const [escalation] = await sent(
      `review-event:${await sheetOf("SVHTT")}:escalate_signatory@${signatoryAt.toISOString()}`,
    );
    expect(escalation?.textKey).toBe("sheets.escalation_signatory");
    const leaderAt = new Date("2026-12-18T01:00:00Z");
    expect((await remind(leaderAt)).reminded).toBe(1);
    expect((await remind(leaderAt)).reminded).toBe(0);
    const [message] = await sent(`review-late:${roundId}@${leaderAt.toISOString()}`);
    expect(JSON.parse(message!.textParams!).units).toContain("Sở VH&TT");
  });
});
