import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MemberRole } from "../../src/generated/prisma/client.js";
import { DomainError } from "../../src/domain/domain-error.js";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { PolicyError } from "../../src/domain/policy/policy-error.js";
import { delegateSigning } from "../../src/domain/signing/delegate-signing.js";
import { openSigningRound } from "../../src/domain/signing/open-signing-round.js";
import { signCovenant } from "../../src/domain/signing/sign-covenant.js";
import { voidSigningRound } from "../../src/domain/signing/void-signing-round.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Every mutating signing service asks the policy before it writes anything; who signs for which unit is the
// service's own per-round check, and it too refuses before any write.
let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let roundId = "";
const now = new Date("2018-03-20T03:00:00Z");
const actors = {} as Record<"leader" | "signatory" | "liaison" | "outsider", Actor>;
const document = { fileId: "file-1", fileName: "giao-uoc.docx", sha256: "ab".repeat(32), draftVersionId: null };

let nextTelegramId = 930_000;
async function person(unit: string | null, role: MemberRole | null): Promise<Actor> {
  const telegramId = nextTelegramId++;
  const created = await t.db.person.create({
    data: { telegramId: BigInt(telegramId), chatId: BigInt(telegramId), firstName: `P${telegramId}` },
  });
  if (role)
    await t.db.membership.create({
      data: { personId: created.id, blocId: seed.blocId, unitId: unit ? seed.unitId(unit) : null, role },
    });
  return loadActor(t.db, { telegramId });
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, now);
  actors.leader = await person("SVHTT", "signatory");
  actors.signatory = await person("BDT", "signatory");
  actors.liaison = await person("BDT", "liaison");
  actors.outsider = await person(null, null);
  expect(actors.leader.isLeaderUnit).toBe(true);
  ({ roundId } = await openSigningRound(t.db, {
    actor: actors.leader,
    blocId: seed.blocId,
    title: "Giao ước thi đua năm 2018",
    document,
    deadline: null,
    now,
  }));
});
afterAll(async () => t.close());

// The call is refused with `error` (a PolicyError or a domain rule) and no table changed.
async function expectRefused(
  call: () => Promise<unknown>,
  error: typeof DomainError | typeof PolicyError,
  code?: string,
) {
  const before = await snapshotTables(t.db);
  const thrown = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(error);
  if (error === DomainError) expect(thrown).not.toBeInstanceOf(PolicyError);
  if (code) expect((thrown as DomainError).code).toBe(code);
  expect(await snapshotTables(t.db)).toEqual(before);
}

const blocId = () => seed.blocId;

describe("signing services check the policy first", () => {
  test("only the leader unit or the board opens a round (signing.open)", async () => {
    for (const actor of [actors.signatory, actors.liaison, actors.outsider])
      await expectRefused(
        () => openSigningRound(t.db, { actor, blocId: blocId(), title: "Khác", document, deadline: null, now }),
        PolicyError,
      );
  });

  test("only the leader unit or the board voids a round (signing.void)", async () => {
    for (const actor of [actors.signatory, actors.liaison, actors.outsider])
      await expectRefused(
        () => voidSigningRound(t.db, { actor, blocId: blocId(), roundId, reason: "Sửa Điều 3", now }),
        PolicyError,
      );
  });

  test("someone outside the bloc cannot sign or delegate (signing.sign, signing.delegate)", async () => {
    await expectRefused(
      () =>
        signCovenant(t.db, { actor: actors.outsider, blocId: blocId(), roundId, timeZone: "Asia/Ho_Chi_Minh", now }),
      PolicyError,
      "authz.not_member",
    );
    await expectRefused(
      () =>
        delegateSigning(t.db, {
          actor: actors.outsider,
          blocId: blocId(),
          roundId,
          delegateId: actors.liaison.person!.id,
          now,
        }),
      PolicyError,
      "authz.not_member",
    );
  });

  test("a member who is not the unit's signatory is refused by the per-round check", async () => {
    await expectRefused(
      () => signCovenant(t.db, { actor: actors.liaison, blocId: blocId(), roundId, timeZone: "Asia/Ho_Chi_Minh", now }),
      DomainError,
      "signing.error_not_signatory",
    );
    await expectRefused(
      () =>
        delegateSigning(t.db, {
          actor: actors.liaison,
          blocId: blocId(),
          roundId,
          delegateId: actors.signatory.person!.id,
          now,
        }),
      DomainError,
      "signing.error_not_signatory",
    );
  });

  test("the allowed actors get through: the signatory signs and the leader voids", async () => {
    await signCovenant(t.db, { actor: actors.signatory, blocId: blocId(), roundId, timeZone: "Asia/Ho_Chi_Minh", now });
    await voidSigningRound(t.db, { actor: actors.leader, blocId: blocId(), roundId, reason: "Sửa Điều 3", now });
    expect(await t.db.signature.count({ where: { roundId } })).toBe(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "covenant.signed" } });
    expect(audit).toMatchObject({
      actorId: actors.signatory.person!.id,
      actorTelegramId: BigInt(actors.signatory.telegramId),
    });
  });
});
