import type { Db } from "../../db/create-database.js";
import { findCurrentTerm, findNextTerm } from "./find-current-term.js";

export type BlocOverview = {
  bloc: { id: string; name: string; province: string };
  year: number | null;
  units: {
    id: string;
    code: string;
    name: string;
    shortName: string | null;
    isLeader: boolean;
    isDeputy: boolean;
    members: number;
  }[];
  boardMembers: number;
  // The term set for a coming year, waiting for 1 January.
  nextTerm: { year: number; leader: string; deputy: string | null } | null;
};

export async function getBlocOverview(db: Db, options: { blocId: string }): Promise<BlocOverview> {
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const term = await findCurrentTerm(db, bloc.id);
  const next = await findNextTerm(db, bloc.id);
  const unitName = (unit: { name: string; shortName: string | null } | null) => unit && (unit.shortName ?? unit.name);
  const units = await db.unit.findMany({ where: { blocId: bloc.id }, orderBy: [{ position: "asc" }, { code: "asc" }] });
  const counts = await db.membership.groupBy({
    by: ["unitId"],
    where: { blocId: bloc.id, removedAt: null },
    _count: { _all: true },
  });
  const countOf = (unitId: string | null) => counts.find((c) => c.unitId === unitId)?._count._all ?? 0;
  const ordered = [...units].sort((a, b) => Number(b.id === term?.leaderUnitId) - Number(a.id === term?.leaderUnitId));
  return {
    bloc: { id: bloc.id, name: bloc.name, province: bloc.province },
    year: term?.year ?? null,
    units: ordered.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      isLeader: u.id === term?.leaderUnitId,
      isDeputy: u.id === term?.deputyUnitId,
      members: countOf(u.id),
    })),
    boardMembers: countOf(null),
    nextTerm: next ? { year: next.year, leader: unitName(next.leaderUnit)!, deputy: unitName(next.deputyUnit) } : null,
  };
}
