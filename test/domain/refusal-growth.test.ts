import { beforeAll, describe, expect, test } from "vitest";
import { chooseLanguage } from "../../src/bot/features/language/language-callbacks.js";
import { pruneRefusals } from "../../src/domain/audit/prune-refusals.js";
import { pruneStrangers } from "../../src/domain/people/prune-strangers.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Strangers cannot grow the database: refusals are rate-limited per sender and old ones pruned to a count.
const s = useSeededBloc();
const member = makeUser("LL");

beforeAll(async () => {
  await createBotHarness({ db: s.t.db }).text(member, `/start ${await s.seed.invite("SYT", "liaison")}`);
});

describe("refusal rows", () => {
  test("a member sending a leader's command 50 times is refused every time, but writes at most 20 rows", async () => {
    const h = createBotHarness({ db: s.t.db });
    for (let i = 0; i < 50; i++) await h.text(member, "/members");
    const answers = h.textsTo(member.id);
    expect(answers).toHaveLength(50);
    expect(new Set(answers).size).toBe(1); // the same polite refusal each time
    const rows = await s.t.db.auditEvent.count({
      where: { action: "authz.denied", actorTelegramId: BigInt(member.id) },
    });
    expect(rows).toBe(20);
  });

  test("rows older than 90 days are pruned in batches and counted in one summary row", async () => {
    const old = new Date("2026-01-01T00:00:00Z");
    await s.t.db.auditEvent.createMany({
      data: Array.from({ length: 25 }, () => ({ action: "authz.denied", subjectId: "members.view", createdAt: old })),
    });
    const now = new Date("2026-12-03T00:00:00Z");
    expect(await pruneRefusals(s.t.db, { now, batchSize: 10 })).toBe(25);
    expect(await s.t.db.auditEvent.count({ where: { action: "authz.denied", createdAt: old } })).toBe(0);
    const summary = await s.t.db.auditEvent.findFirstOrThrow({ where: { action: "authz.denied_pruned" } });
    expect(JSON.parse(summary.details!)).toMatchObject({ count: 25 });
    expect(await pruneRefusals(s.t.db, { now })).toBe(0);
    expect(await s.t.db.auditEvent.count({ where: { action: "authz.denied_pruned" } })).toBe(1);
  });
});

describe("strangers", () => {
  test("someone who chose a language but never joined is forgotten after 30 days; members and recent strangers stay", async () => {
    const h = createBotHarness({ db: s.t.db });
    const [oldStranger, newStranger] = [makeUser("Old"), makeUser("New")];
    for (const user of [oldStranger, newStranger]) await h.press(user, chooseLanguage.pack({ locale: "en" }));
    await s.t.db.person.update({
      where: { telegramId: BigInt(oldStranger.id) },
      data: { createdAt: new Date("2026-10-01T00:00:00Z") },
    });
    await s.t.db.person.update({
      where: { telegramId: BigInt(member.id) },
      data: { createdAt: new Date("2026-10-01T00:00:00Z") },
    });
    const now = new Date("2026-12-03T00:00:00Z");
    expect(await pruneStrangers(s.t.db, { now })).toBe(1);
    const left = await s.t.db.person.findMany({ select: { telegramId: true } });
    const ids = left.map((p) => Number(p.telegramId));
    expect(ids).not.toContain(oldStranger.id);
    expect(ids).toContain(newStranger.id);
    expect(ids).toContain(member.id);
  });
});
