import { expect } from "vitest";
import type { Db } from "../../src/db/create-database.js";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { isPolicyError } from "../../src/domain/policy/policy-error.js";
import { createBotHarness } from "./bot-harness.js";
import { makeUser } from "./fixtures.js";
import type { SeededBloc } from "./seeded-bloc.js";
import { snapshotTables } from "./table-snapshot.js";

export type PolicyRole = "leader" | "liaison" | "board" | "outsider";

// The four people every policy test needs, registered the way people register (/start with an invite): the leader
// unit's signatory, a unit's liaison, a board member, and someone outside the bloc.
export async function registerPolicyActors(s: SeededBloc): Promise<Record<PolicyRole, Actor>> {
  const h = createBotHarness({ db: s.t.db });
  const users = { leader: makeUser("KT"), liaison: makeUser("LL"), board: makeUser("TK"), outsider: makeUser("NG") };
  await h.text(users.leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
  await h.text(users.liaison, `/start ${await s.seed.invite("SYT", "liaison")}`);
  await h.text(users.board, `/start ${await s.seed.invite(null, "board")}`);
  await h.text(users.outsider, "/start");
  const actors = {} as Record<PolicyRole, Actor>;
  for (const [name, user] of Object.entries(users))
    actors[name as PolicyRole] = await loadActor(s.t.db, { telegramId: user.id });
  return actors;
}

// The service refuses with a PolicyError before it writes anything: every table is as it was.
export async function expectRefusedAndUnchanged(db: Db, call: () => Promise<unknown>): Promise<void> {
  const before = await snapshotTables(db);
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(isPolicyError(error), String(error)).toBe(true);
  expect(await snapshotTables(db)).toEqual(before);
}
