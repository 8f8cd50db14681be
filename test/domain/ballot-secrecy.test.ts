import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { castVote } from "../../src/domain/ballots/cast-vote.js";
import { openBallot } from "../../src/domain/ballots/open-ballot.js";
import { loadActor, type Actor } from "../../src/domain/people/load-actor.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { onPostgres } from "../support/test-dialect.js";

// Secrecy, read from the tables: two databases that are copies of one another up to the votes, in which two units
// swap their choices, must hold the same rows (new rows' random ids aside). If anything stored who chose what, the
// two would differ; for an open ballot they do.
const s = useSeededBloc();
const timeZone = "Asia/Ho_Chi_Minh";
const now = new Date("2018-12-15T02:00:00Z");
const copies: Db[] = [];
let voters: Record<"BDT" | "SGDDT", Actor>;

beforeAll(async () => {
  const h = createBotHarness({ db: s.t.db });
  const users = { BDT: makeUser("BDT"), SGDDT: makeUser("GD") };
  for (const [code, user] of Object.entries(users))
    await h.text(user, `/start ${await s.seed.invite(code, "signatory")}`);
  voters = {
    BDT: await loadActor(s.t.db, { telegramId: users.BDT.id }),
    SGDDT: await loadActor(s.t.db, { telegramId: users.SGDDT.id }),
  };
});
afterAll(async () => {
  for (const db of copies) await db.$disconnect();
});

// A copy of the test database as it stands, opened on its own connection.
async function copyDb(name: string): Promise<Db> {
  const file = path.join(path.dirname(s.t.file), `${name}.db`);
  await s.t.db.$executeRawUnsafe(`VACUUM INTO '${file}'`);
  const { db } = await createDatabase({ databaseUrl: `file:${file}`, migrate: false });
  copies.push(db);
  return db;
}

// Opens a one-title ballot (SYT or SDL for the flag) and returns two copies in which BDT and SGDDT vote crosswise.
async function votedCrosswise(secret: boolean, name: string) {
  const ballot = await openBallot(s.t.db, {
    actor: operatorActor,
    blocId: s.seed.blocId,
    year: 2018,
    titles: [
      {
        name: "Cờ thi đua của UBND tỉnh",
        seats: 1,
        kind: "commendation",
        candidateUnitIds: [s.seed.unitId("SYT"), s.seed.unitId("SDL")],
      },
    ],
    rules: { secret },
    deadline: new Date("2018-12-15T10:00:00Z"),
    now,
    timeZone,
  });
  const title = await s.t.db.ballotTitle.findFirstOrThrow({ where: { ballotId: ballot.id } });
  const [first, second] = [await copyDb(`${name}-1`), await copyDb(`${name}-2`)];
  const cast = (db: Db, actor: Actor, code: string) =>
    castVote(db, {
      actor,
      blocId: s.seed.blocId,
      ballotId: ballot.id,
      choices: { [title.id]: [s.seed.unitId(code)] },
      now,
      timeZone,
    });
  await cast(first, voters.BDT, "SYT");
  await cast(first, voters.SGDDT, "SDL");
  await cast(second, voters.BDT, "SDL");
  await cast(second, voters.SGDDT, "SYT");
  // Close it in the shared database, so the next case may open another.
  await s.t.db.ballot.update({ where: { id: ballot.id }, data: { state: "void" } });
  return [first, second] as const;
}

// Every table, with the ids of the rows the votes added (random, so unlike between the copies) left out.
async function tablesWithoutNewIds(db: Db): Promise<Record<string, unknown[]>> {
  const tables = await snapshotTables(db);
  const strip = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), id: undefined }));
  return { ...tables, BallotParticipation: strip(tables.BallotParticipation!), AuditEvent: strip(tables.AuditEvent!) };
}

// The copies are SQLite files (VACUUM INTO); the rows compared are the same on PostgreSQL, written by the same code.
describe.skipIf(onPostgres)("ballot secrecy", () => {
  test("secret: swapping two units' choices leaves every table the same", async () => {
    const [first, second] = await votedCrosswise(true, "secret");
    expect((await first.ballotCandidate.findMany()).map((c) => c.votes)).toEqual([1, 1]);
    expect(await first.ballotParticipation.count()).toBe(2);
    expect(await tablesWithoutNewIds(first)).toEqual(await tablesWithoutNewIds(second));
  });

  test("open: the same swap shows in the participation rows, which keep the choice", async () => {
    const [first, second] = await votedCrosswise(false, "open");
    const one = await tablesWithoutNewIds(first);
    const two = await tablesWithoutNewIds(second);
    expect(one.BallotCandidate).toEqual(two.BallotCandidate);
    expect(one.BallotParticipation).not.toEqual(two.BallotParticipation);
  });
});
