import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { dateTimeParam } from "../../delivery/enqueue-messages.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { prefillReportingEntries } from "../calculate/prefill-reporting-entries.js";
import type { ScaleNodeInput } from "../calculate/scoring-types.js";
import { loadScaleForScoring } from "../scale/load-scale-for-scoring.js";
import { loadReportingRecords } from "./load-reporting-records.js";
import { notifySheet } from "./notify-sheet.js";
import {
  defaultReviewSchedule,
  ReviewScheduleSchema,
  scheduleColumns,
  type ReviewSchedule,
} from "./review-schedule.js";
import { writeScoreEntry } from "./write-score-entry.js";

export type OpenReviewRoundOptions = {
  actor: Actor;
  blocId: string;
  year: number;
  deadline: Date;
  explanationDeadline?: Date | null;
  // Reminders and escalations (defaults as for reports: defaultReviewSchedule).
  schedule?: ReviewSchedule;
  now: Date;
};

// One round per bloc and year, against the year's active scale, which is locked from then on. Every unit gets a
// draft sheet with its reporting deductions already computed, and its people are told.
export async function openReviewRound(db: Db, options: OpenReviewRoundOptions) {
  assertCan(options.actor, "review.open");
  const { now, deadline } = options;
  if (deadline <= now) throw new DomainError("drafts.error_past_date");
  if (options.explanationDeadline && options.explanationDeadline <= deadline)
    throw new DomainError("sheets.error_explanation_before_deadline");
  const schedule = ReviewScheduleSchema.safeParse(options.schedule ?? defaultReviewSchedule);
  if (!schedule.success) throw new DomainError("sheets.error_bad_schedule");
  return db.$transaction(async (tx) => {
    const open = await tx.reviewRound.findUnique({
      where: { blocId_year: { blocId: options.blocId, year: options.year } },
    });
    if (open) throw new DomainError("sheets.error_round_exists", { year: options.year });
    const scale = await tx.scale.findFirst({
      where: { blocId: options.blocId, year: options.year, status: "active" },
      orderBy: { version: "desc" },
    });
    if (!scale) throw new DomainError("sheets.error_no_active_scale", { year: options.year });
    await tx.scale.update({ where: { id: scale.id }, data: { status: "locked" } });
    const round = await tx.reviewRound.create({
      data: {
        blocId: options.blocId,
        year: options.year,
        scaleId: scale.id,
        deadline,
        explanationDeadline: options.explanationDeadline ?? null,
        openedById: options.actor.person?.id ?? "operator",
        openedAt: now,
        ...scheduleColumns(schedule.data),
      },
    });
    const units = await tx.unit.findMany({ where: { blocId: options.blocId }, orderBy: { position: "asc" } });
    const { nodes } = await loadScaleForScoring(tx, scale.id);
    const records = await loadReportingRecords(tx, {
      blocId: options.blocId,
      year: options.year,
      unitIds: units.map((u) => u.id),
      now,
    });
    for (const unit of units) {
      const sheet = await tx.scoreSheet.create({ data: { roundId: round.id, unitId: unit.id } });
      const record = records.get(unit.id) ?? { late: 0, missing: 0 };
      for (const entry of prefillReportingEntries(nodes as ScaleNodeInput[], record))
        await writeScoreEntry(tx, {
          sheetId: sheet.id,
          nodeId: entry.leafId,
          layer: "self",
          value: { assigned: true, points: entry.points! },
          actorId: null,
          reason: `reporting:late=${record.late},missing=${record.missing}`,
          bound: true,
          now,
        });
    }
    await notifySheet(tx, {
      intentId: `review-open:${round.id}`,
      blocId: options.blocId,
      audience: { kind: "units" },
      textKey: "sheets.round_opened",
      textParams: { year: options.year, title: scale.title, deadline: dateTimeParam(deadline) },
      now,
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "review.opened",
      subjectType: "review_round",
      subjectId: round.id,
      details: {
        year: options.year,
        scaleId: scale.id,
        deadline: deadline.toISOString(),
        units: units.length,
        schedule: schedule.data,
      },
      now,
    });
    return { roundId: round.id, scaleId: scale.id, sheets: units.length };
  });
}
