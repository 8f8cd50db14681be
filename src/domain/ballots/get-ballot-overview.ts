import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

export type BallotOverview = NonNullable<Awaited<ReturnType<typeof findBallotOverview>>>;

// The ballot /ballot is about (the open one, else the bloc's latest), its titles and candidates by name, and which
// units have voted: a fact of the meeting, like the signatures on a sign-in sheet. Never the tally of an open ballot.
export async function findBallotOverview(db: Db, options: { blocId: string; ballotId?: string }) {
  const where = options.ballotId ? { id: options.ballotId, blocId: options.blocId } : { blocId: options.blocId };
  const ballot = await db.ballot.findFirst({
    where,
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    include: { titles: { orderBy: { position: "asc" }, include: { candidates: { orderBy: { position: "asc" } } } } },
  });
  if (!ballot) return null;
  const units = await db.unit.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, name: true, shortName: true },
  });
  const name = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  const voted = await db.ballotParticipation.findMany({ where: { ballotId: ballot.id }, select: { unitId: true } });
  const { titles, ...rest } = ballot;
  return {
    ballot: rest,
    titles: titles.map((t) => ({
      id: t.id,
      name: t.name,
      seats: t.seats,
      kind: t.kind,
      candidates: t.candidates.map((c) => ({ unitId: c.unitId, name: name.get(c.unitId) ?? "?" })),
    })),
    units,
    votedUnitIds: voted.map((v) => v.unitId),
  };
}

// The same for one ballot a button names; an unknown one is refused.
export async function getBallotOverview(db: Db, options: { blocId: string; ballotId: string }) {
  const overview = await findBallotOverview(db, options);
  if (!overview) throw new DomainError("ballots.error_unknown");
  return overview;
}
