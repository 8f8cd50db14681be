import type { Db, Tx } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { PolicyError } from "../policy/policy-error.js";
import { assertCan } from "../policy/policy.js";
import { defaultTimeZone } from "../reports/zoned-time.js";
import { startTerm } from "./start-term.js";
import { yearIn } from "./year-in.js";

export type TermSource = "board" | "ballot" | "operator";

export type SetNextTermOptions = {
  actor: Actor;
  blocId: string;
  year: number;
  leaderUnitId: string;
  deputyUnitId: string | null;
  // board: the provincial board (bot button); operator: `npx khoi bloc rotate`; ballot: the result of a ballot's
  // election titles, closed by the leader unit (ballotId required).
  source: TermSource;
  ballotId?: string;
  now: Date;
  // A term already set for that year is replaced only when asked (the board confirms it) and only before it starts.
  replace?: boolean;
  // The year boundary is 1 January in APP_TIMEZONE.
  timeZone?: string;
};

// Next year's leader and deputy. Every check comes before the write; the term, its audit row and (for the current
// year, which starts at once) the hand-over are one transaction. Returns the term with its units.
export async function setNextTerm(db: Db, options: SetNextTermOptions) {
  assertSetter(options);
  const thisYear = yearIn(options.now, options.timeZone ?? defaultTimeZone);
  if (!Number.isInteger(options.year) || options.year < thisYear)
    throw new DomainError("term.error_past_year", { year: options.year, current: thisYear });
  if (options.year > thisYear + 1)
    throw new DomainError("term.error_too_far", { year: options.year, next: thisYear + 1 });
  if (options.leaderUnitId === options.deputyUnitId) throw new DomainError("term.error_same_unit");
  return db.$transaction(async (tx) => {
    await checkUnits(tx, options);
    const existing = await tx.term.findUnique({
      where: { blocId_year: { blocId: options.blocId, year: options.year } },
      include: { leaderUnit: true },
    });
    if (existing?.startedAt) throw new DomainError("term.error_year_started", { year: options.year });
    if (existing && !options.replace)
      throw new DomainError("term.error_year_taken", { year: options.year, leader: existing.leaderUnit.name });
    const term = await writeTerm(tx, options, existing?.id ?? null);
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "term.set",
      subjectType: "term",
      subjectId: term.id,
      details: {
        year: options.year,
        leaderUnitId: options.leaderUnitId,
        deputyUnitId: options.deputyUnitId,
        source: options.source,
        ballotId: options.ballotId ?? null,
        replaced: existing ? { leaderUnitId: existing.leaderUnitId, deputyUnitId: existing.deputyUnitId } : null,
      },
      now: options.now,
    });
    if (options.year === thisYear) await startTerm(tx, { termId: term.id, now: options.now });
    return tx.term.findUniqueOrThrow({ where: { id: term.id }, include: { leaderUnit: true, deputyUnit: true } });
  });
}

function assertSetter(options: SetNextTermOptions): void {
  const { actor, source } = options;
  if (source === "operator" && !actor.operator) throw new PolicyError("term.set", "authz.denied");
  if (source === "ballot" && !options.ballotId) throw new DomainError("term.error_no_ballot");
  assertCan(actor, source === "ballot" ? "term.elect" : "term.set");
  if (!actor.operator && actor.bloc?.id !== options.blocId) throw new PolicyError("term.set", "authz.denied");
}

// A unit id from another bloc (a forged button, a mistyped code) is refused by name, never written.
async function checkUnits(tx: Tx, options: SetNextTermOptions): Promise<void> {
  const ids = [options.leaderUnitId, ...(options.deputyUnitId ? [options.deputyUnitId] : [])];
  const found = await tx.unit.count({ where: { id: { in: ids }, blocId: options.blocId } });
  if (found !== ids.length) throw new DomainError("term.error_unit_elsewhere");
}

async function writeTerm(tx: Tx, options: SetNextTermOptions, existingId: string | null) {
  const data = {
    leaderUnitId: options.leaderUnitId,
    deputyUnitId: options.deputyUnitId,
    source: options.source,
    ballotId: options.ballotId ?? null,
    setById: options.actor.person?.id ?? null,
    updatedAt: options.now,
  };
  if (existingId) return tx.term.update({ where: { id: existingId }, data });
  return tx.term.create({ data: { ...data, blocId: options.blocId, year: options.year, createdAt: options.now } });
}
