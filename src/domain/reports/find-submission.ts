import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { periodLabel } from "./list-periods.js";
import { readObligationSettings } from "./obligation-settings.js";

// One unit's submitted report, for the leader who opens it: the file (or text) and what it was sent for.
export async function findSubmission(db: Db, options: { blocId: string; submissionId: string }) {
  const submission = await db.reportSubmission.findUnique({
    where: { id: options.submissionId },
    include: { period: { include: { obligation: true } } },
  });
  if (!submission || submission.blocId !== options.blocId) throw new DomainError("reports.error_unknown_submission");
  const unit = await db.unit.findUniqueOrThrow({ where: { id: submission.unitId } });
  const { obligation } = submission.period;
  return {
    submission,
    unitName: unit.shortName ?? unit.name,
    obligationName: obligation.name,
    label: periodLabel(submission.period.periodKey, readObligationSettings(obligation).recurrence),
  };
}
