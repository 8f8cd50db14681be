import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { BlocFileSchema } from "../../src/domain/blocs/bloc-file-schema.js";
import { importBloc } from "../../src/domain/blocs/import-bloc.js";
import { linkGroup } from "../../src/domain/groups/link-group.js";
import { createInvite } from "../../src/domain/invites/create-invite.js";
import { removeMember } from "../../src/domain/members/remove-member.js";
import { type Actor } from "../../src/domain/people/load-actor.js";
import { exampleBlocFile } from "../support/fixtures.js";
import { expectRefusedAndUnchanged, registerPolicyActors } from "../support/policy-actors.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Every mutating service of invites, members, groups and blocs refuses an actor the policy does not allow,
// before it writes anything.
const s = useSeededBloc();
const now = new Date("2018-03-10T02:00:00Z");
const actors = {} as Record<"leader" | "liaison" | "board" | "outsider", Actor>;
const memberships = {} as Record<"liaison" | "board", string>;

beforeAll(async () => {
  Object.assign(actors, await registerPolicyActors(s));
  memberships.liaison = actors.liaison.membershipId!;
  memberships.board = actors.board.membershipId!;
});

const blocId = () => s.seed.blocId;
const unitId = () => s.seed.unitId("SDL");
const file = () => {
  const parsed = BlocFileSchema.parse(JSON.parse(readFileSync(exampleBlocFile, "utf8")));
  return { ...parsed, bloc: { ...parsed.bloc, name: "Khối đổi tên" } };
};
const cases: [string, keyof typeof actors, (actor: Actor) => Promise<unknown>][] = [
  [
    "createInvite for a unit",
    "liaison",
    (actor) => createInvite(s.t.db, { blocId: blocId(), unitId: unitId(), role: "liaison", actor, now }),
  ],
  [
    "createInvite for a unit",
    "outsider",
    (actor) => createInvite(s.t.db, { blocId: blocId(), unitId: unitId(), role: "signatory", actor, now }),
  ],
  [
    "createInvite for the board",
    "leader",
    (actor) => createInvite(s.t.db, { blocId: blocId(), unitId: null, role: "board", actor, now }),
  ],
  [
    "removeMember of a unit",
    "liaison",
    (actor) => removeMember(s.t.db, { blocId: blocId(), membershipId: actors.leader.membershipId!, actor, now }),
  ],
  [
    "removeMember of the board",
    "leader",
    (actor) => removeMember(s.t.db, { blocId: blocId(), membershipId: memberships.board, actor, now }),
  ],
  [
    "linkGroup",
    "liaison",
    (actor) => linkGroup(s.t.db, { blocId: blocId(), chatId: -100123, title: "Nhóm", canPin: true, actor, now }),
  ],
  ["importBloc", "board", (actor) => importBloc(s.t.db, { file: file(), actor, now })],
  ["importBloc", "leader", (actor) => importBloc(s.t.db, { file: file(), actor, now })],
];

describe("members, invites, groups and blocs policy in the domain", () => {
  test.each(cases)("%s is refused for %s and changes nothing", async (_name, who, call) => {
    await expectRefusedAndUnchanged(s.t.db, () => call(actors[who]));
  });

  test("the same services go through for an allowed actor", async () => {
    await createInvite(s.t.db, { blocId: blocId(), unitId: null, role: "board", actor: actors.board, now });
    await removeMember(s.t.db, { blocId: blocId(), membershipId: memberships.liaison, actor: actors.leader, now });
    await linkGroup(s.t.db, {
      blocId: blocId(),
      chatId: -100123,
      title: "Nhóm",
      canPin: true,
      actor: actors.leader,
      now,
    });
    expect(await s.t.db.membership.count({ where: { id: memberships.liaison, removedAt: { not: null } } })).toBe(1);
  });
});
