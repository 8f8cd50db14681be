import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { PolicyError } from "../policy/policy-error.js";
import { assertCan } from "../policy/policy.js";
import { loadWorkCalendar } from "../reports/load-work-calendar.js";
import { copyYearObligations } from "./copy-year-obligations.js";
import { copyYearScale } from "./copy-year-scale.js";
import { findCurrentTerm } from "./find-current-term.js";

type StartNextYearOptions = { actor: Actor; termId: string; now: Date; timeZone: string };

// The new leader unit's "start the year" button: last year's one-off report obligations and its scale become
// drafts of the term's year (see copyYearObligations, copyYearScale), in one transaction with one audit row. Once
// per term: a second press is told it was done. Last year's rows are never touched.
export async function startNextYear(db: Db, options: StartNextYearOptions) {
  assertCan(options.actor, "reports.manage");
  assertCan(options.actor, "scale.import");
  const term = await db.term.findUnique({ where: { id: options.termId } });
  if (!term || (!options.actor.operator && options.actor.bloc?.id !== term.blocId))
    throw new PolicyError("reports.manage", "authz.denied");
  const current = await findCurrentTerm(db, term.blocId);
  if (current?.id !== term.id) throw new DomainError("term.error_not_current", { year: term.year });
  const calendar = await loadWorkCalendar(db, { timeZone: options.timeZone });
  return db.$transaction(async (tx) => {
    const done = await tx.auditEvent.count({ where: { action: "term.year_prepared", subjectId: term.id } });
    if (done > 0) throw new DomainError("term.error_already_prepared", { year: term.year });
    const actor = auditActor(options.actor);
    const obligations = await copyYearObligations(tx, {
      ...{ blocId: term.blocId, year: term.year, actor, calendar, now: options.now },
    });
    const scale = await copyYearScale(tx, { blocId: term.blocId, year: term.year, now: options.now });
    await recordAudit(tx, {
      blocId: term.blocId,
      actor,
      action: "term.year_prepared",
      subjectType: "term",
      subjectId: term.id,
      details: { year: term.year, obligations: obligations.copied, carried: obligations.carried, scale },
      now: options.now,
    });
    return { year: term.year, ...obligations, scale };
  });
}
