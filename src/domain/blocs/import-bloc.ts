import type { Db, Tx } from "../../db/create-database.js";
import type { Unit } from "../../generated/prisma/client.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import type { BlocFile } from "./bloc-file-schema.js";
import { deriveBlocCode } from "./derive-bloc-code.js";

export type ImportBlocResult = {
  blocId: string;
  blocCode: string;
  created: boolean;
  changes: string[];
  units: { id: string; code: string; name: string }[];
  unitsNotInFile: string[];
};

// Idempotent: the same file twice changes nothing; changed names update in place (units by code).
export async function importBloc(
  db: Db,
  options: { file: BlocFile; actor: Actor; now: Date },
): Promise<ImportBlocResult> {
  const { file, now } = options;
  assertCan(options.actor, "bloc.import");
  const code = file.bloc.code ?? deriveBlocCode(file.bloc.province, file.bloc.name);
  return db.$transaction(async (tx) => {
    const changes: string[] = [];
    let bloc = await tx.bloc.findUnique({ where: { code } });
    const created = bloc === null;
    if (!bloc) {
      bloc = await tx.bloc.create({
        data: { code, name: file.bloc.name, province: file.bloc.province, createdAt: now, updatedAt: now },
      });
      changes.push(`bloc ${code} created`);
    } else if (bloc.name !== file.bloc.name || bloc.province !== file.bloc.province) {
      bloc = await tx.bloc.update({
        where: { id: bloc.id },
        data: { name: file.bloc.name, province: file.bloc.province, updatedAt: now },
      });
      changes.push(`bloc ${code} renamed`);
    }
    const existing = await tx.unit.findMany({ where: { blocId: bloc.id } });
    const units = await upsertUnits(tx, { blocId: bloc.id, file, existing, changes, now });
    const unitId = (role: "leader" | "deputy") => {
      const index = file.units.findIndex((u) => u.role === role);
      return index === -1 ? null : units[index]!.id;
    };
    const leaderUnitId = unitId("leader")!;
    const deputyUnitId = unitId("deputy");
    const term = await tx.term.findUnique({ where: { blocId_year: { blocId: bloc.id, year: file.bloc.year } } });
    if (!term) {
      await tx.term.create({
        // The bloc file states who leads now: its term is in force from the import.
        data: {
          blocId: bloc.id,
          year: file.bloc.year,
          leaderUnitId,
          deputyUnitId,
          startedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      });
      changes.push(`term ${file.bloc.year} created`);
    } else if (term.leaderUnitId !== leaderUnitId || term.deputyUnitId !== deputyUnitId) {
      await tx.term.update({
        where: { id: term.id },
        data: { leaderUnitId, deputyUnitId, startedAt: term.startedAt ?? now, source: "import", updatedAt: now },
      });
      changes.push(`term ${file.bloc.year} leadership changed`);
    }
    if (changes.length > 0) {
      await recordAudit(tx, {
        blocId: bloc.id,
        actor: auditActor(options.actor),
        action: "bloc.imported",
        subjectType: "bloc",
        subjectId: bloc.id,
        details: { changes },
        now,
      });
    }
    const listed = new Set(file.units.map((u) => u.code.toUpperCase()));
    return {
      blocId: bloc.id,
      blocCode: code,
      created,
      changes,
      units: units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
      unitsNotInFile: existing.filter((u) => !listed.has(u.code.toUpperCase())).map((u) => u.code),
    };
  });
}

type UpsertUnitsOptions = { blocId: string; file: BlocFile; existing: Unit[]; changes: string[]; now: Date };

// Units are matched by code, case-insensitively; their order in the file is their position.
async function upsertUnits(tx: Tx, options: UpsertUnitsOptions): Promise<Unit[]> {
  const { file, changes, now } = options;
  const byCode = new Map(options.existing.map((u) => [u.code.toUpperCase(), u]));
  const units: Unit[] = [];
  for (const [position, entry] of file.units.entries()) {
    const current = byCode.get(entry.code.toUpperCase());
    const shortName = entry.shortName ?? null;
    if (!current) {
      units.push(
        await tx.unit.create({
          data: {
            blocId: options.blocId,
            code: entry.code,
            name: entry.name,
            shortName,
            position,
            createdAt: now,
            updatedAt: now,
          },
        }),
      );
      changes.push(`unit ${entry.code} created`);
    } else if (current.name !== entry.name || current.shortName !== shortName || current.position !== position) {
      units.push(
        await tx.unit.update({
          where: { id: current.id },
          data: { name: entry.name, shortName, position, updatedAt: now },
        }),
      );
      changes.push(`unit ${entry.code} updated`);
    } else {
      units.push(current);
    }
  }
  return units;
}
