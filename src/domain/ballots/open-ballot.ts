import type { Db, Tx } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { findCurrentConference } from "../conference/find-current-conference.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { BallotRulesSchema, BallotTitlesSchema, type BallotRules, type BallotTitleInput } from "./ballot-rules.js";
import { chooseCandidates } from "./choose-candidates.js";
import { findBallotRules } from "./find-ballot-rules.js";
import { queueBallotOpened } from "./queue-ballot-opened.js";

export type OpenBallotOptions = {
  actor: Actor;
  blocId: string;
  // The year reviewed; by default the current term's.
  year?: number;
  titles: BallotTitleInput[];
  // Each rule left out is the bloc's last ballot's (or the default).
  rules?: Partial<BallotRules>;
  deadline: Date;
  now: Date;
  timeZone: string;
};

// The leader unit opens the bloc's ballot for the meeting: the titles, their seats and candidates (by default the
// ranking's top units), the rules, a deadline for written votes. One open ballot per bloc at a time; it links to the
// current conference, whose check-ins tell meeting votes from written ones. Every unit's signatory is asked to vote.
export async function openBallot(db: Db, options: OpenBallotOptions) {
  assertCan(options.actor, "ballot.open");
  const titles = BallotTitlesSchema.safeParse(options.titles);
  if (!titles.success) throw new DomainError("ballots.error_bad_titles");
  if (options.deadline <= options.now) throw new DomainError("ballots.error_deadline_past");
  const units = await db.unit.findMany({ where: { blocId: options.blocId } });
  const year = options.year ?? (await findCurrentTerm(db, options.blocId))?.year ?? options.now.getUTCFullYear();
  const candidates = await chooseCandidates(db, { ...options, year, titles: titles.data, units });
  return db.$transaction(async (tx) => {
    const open = await tx.ballot.findFirst({ where: { blocId: options.blocId, state: "open" } });
    if (open) throw new DomainError("ballots.error_open_exists");
    const rules = BallotRulesSchema.safeParse({ ...(await findBallotRules(tx, options.blocId)), ...options.rules });
    if (!rules.success) throw new DomainError("ballots.error_bad_rules");
    const conference = await findCurrentConference(tx as Db, { blocId: options.blocId, now: options.now });
    const ballot = await createBallot(
      tx,
      { ...options, year },
      {
        rules: rules.data,
        unitsTotal: units.length,
        conferenceId: conference?.id ?? null,
        titles: titles.data.map((title, i) => ({ ...title, candidateUnitIds: candidates[i]! })),
      },
    );
    await queueBallotOpened(tx, { ballotId: ballot.id, blocId: options.blocId, now: options.now });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "ballot.opened",
      subjectType: "ballot",
      subjectId: ballot.id,
      details: { year, titles: titles.data.length, rules: rules.data },
      now: options.now,
    });
    return ballot;
  });
}

type BallotPlan = {
  rules: BallotRules;
  unitsTotal: number;
  conferenceId: string | null;
  titles: (BallotTitleInput & { candidateUnitIds: string[] })[];
};

async function createBallot(tx: Tx, options: OpenBallotOptions & { year: number }, plan: BallotPlan) {
  return tx.ballot.create({
    data: {
      blocId: options.blocId,
      year: options.year,
      conferenceId: plan.conferenceId,
      ...plan.rules,
      unitsTotal: plan.unitsTotal,
      deadline: options.deadline,
      openedById: options.actor.person?.id ?? "operator",
      openedAt: options.now,
      titles: {
        create: plan.titles.map((title, position) => ({
          position,
          name: title.name,
          seats: title.seats,
          kind: title.kind,
          candidates: { create: title.candidateUnitIds.map((unitId, i) => ({ unitId, position: i })) },
        })),
      },
    },
  });
}
