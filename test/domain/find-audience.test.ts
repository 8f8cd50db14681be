import { beforeAll, describe, expect, test } from "vitest";
import { findAudience } from "../../src/domain/audiences/find-audience.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// The one place that decides who receives a bloc's message, for drafts, conference, signing, reports, announcements.
const s = useSeededBloc();
const users = {
  leader: makeUser("KT"),
  sytLiaison: makeUser("LL SYT"),
  sytSignatory: makeUser("GD SYT"),
  bdtLiaison: makeUser("LL BDT"),
  board: makeUser("TK"),
};
const ids = {} as Record<keyof typeof users, string>;

beforeAll(async () => {
  const h = createBotHarness({ db: s.t.db });
  await h.text(users.leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
  await h.text(users.sytLiaison, `/start ${await s.seed.invite("SYT", "liaison")}`);
  await h.text(users.sytSignatory, `/start ${await s.seed.invite("SYT", "signatory")}`);
  await h.text(users.bdtLiaison, `/start ${await s.seed.invite("BDT", "liaison")}`);
  await h.text(users.board, `/start ${await s.seed.invite(null, "board")}`);
  for (const [name, user] of Object.entries(users)) {
    const person = await s.t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } });
    ids[name as keyof typeof users] = person.id;
  }
});

const names = (people: { id: string }[]) =>
  people.map((p) => Object.entries(ids).find(([, id]) => id === p.id)![0]).sort();

describe("findAudience", () => {
  test("the bloc is everyone active, the units exclude the board, the leader unit is this year's, each once", async () => {
    const blocId = s.seed.blocId;
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "bloc" } }))).toEqual(
      ["board", "bdtLiaison", "leader", "sytLiaison", "sytSignatory"].sort(),
    );
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "units" } }))).toEqual(
      ["bdtLiaison", "leader", "sytLiaison", "sytSignatory"].sort(),
    );
    const syt = [s.seed.unitId("SYT")];
    const sytPeople = await findAudience(s.t.db, { blocId, audience: { kind: "units", unitIds: syt } });
    expect(names(sytPeople)).toEqual(["sytLiaison", "sytSignatory"]);
    expect(sytPeople.every((p) => p.unitId === syt[0])).toBe(true);
    const signatories = { kind: "units" as const, roles: ["signatory" as const] };
    expect(names(await findAudience(s.t.db, { blocId, audience: signatories }))).toEqual(["leader", "sytSignatory"]);
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "leader_unit" } }))).toEqual(["leader"]);
    const without = { blocId, audience: { kind: "units" as const, unitIds: syt }, excludePersonIds: [ids.sytLiaison] };
    expect(names(await findAudience(s.t.db, without))).toEqual(["sytSignatory"]);
  });

  test("a person who blocked the bot is left out everywhere until they write to it again", async () => {
    const blocId = s.seed.blocId;
    await s.t.db.person.update({ where: { id: ids.sytLiaison }, data: { reachable: false } });
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "bloc" } }))).not.toContain("sytLiaison");
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "units" } }))).not.toContain("sytLiaison");
    await s.h.text(users.sytLiaison, "/help");
    expect(names(await findAudience(s.t.db, { blocId, audience: { kind: "units" } }))).toContain("sytLiaison");
  });
});
