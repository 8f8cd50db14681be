import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { lateWorkingDays } from "./event-instants.js";
import { periodLabel } from "./list-periods.js";
import type { ReportObligation, ReportPeriod, Unit } from "../../generated/prisma/client.js";
import { owesReport, readObligationSettings, type ObligationSettings } from "./obligation-settings.js";
import { zonedDateOf } from "./zoned-time.js";
import { displayDate } from "./calendar-date.js";
import { findReportingUnit } from "./find-reporting-unit.js";
import type { WorkCalendar } from "./work-calendar.js";

export type ReportContent = {
  fileId: string | null;
  fileName: string | null;
  mimeType: string | null;
  // A photo's file id can only be sent back as a photo.
  fileKind?: "document" | "photo" | null;
  text: string | null;
  sha256: string;
};

type PeriodWithObligation = ReportPeriod & { obligation: ReportObligation };

// A report is taken only for an active obligation the unit owes, between the period's opening and closing.
function assertAccepts(options: {
  period: PeriodWithObligation;
  settings: ObligationSettings;
  unit: Unit;
  now: Date;
  zone: string;
}): void {
  const { period, unit, now, zone } = options;
  const named = { name: period.obligation.name, unit: unit.shortName ?? unit.name };
  if (!period.obligation.active || !owesReport(options.settings, unit.id))
    throw new DomainError("reports.error_not_owed", named);
  if (now < period.opensAt)
    throw new DomainError("reports.error_not_open", {
      ...named,
      opens: displayDate(zonedDateOf(period.opensAt, zone)),
    });
  if (period.state === "closed" || now >= period.closesAt)
    throw new DomainError("reports.error_closed", {
      ...named,
      closed: displayDate(zonedDateOf(period.closesAt, zone)),
    });
}

// The report and its audit row are written together; the receipt number is what the unit quotes later.
// A resubmission while the period is open replaces the current report, and the old one stays as history.
export async function submitReport(
  db: Db,
  options: {
    blocId: string;
    periodId: string;
    personId: string;
    actor: Actor;
    content: ReportContent;
    calendar: WorkCalendar;
    now: Date;
  },
) {
  assertCan(options.actor, "reports.submit");
  const { now, content } = options;
  const { unit } = await findReportingUnit(db, { blocId: options.blocId, personId: options.personId });
  return db.$transaction(async (tx) => {
    const period = await tx.reportPeriod.findUnique({ where: { id: options.periodId }, include: { obligation: true } });
    if (!period || period.obligation.blocId !== options.blocId) throw new DomainError("reports.error_unknown_period");
    const settings = readObligationSettings(period.obligation);
    const label = periodLabel(period.periodKey, settings.recurrence);
    assertAccepts({ period, settings, unit, now, zone: options.calendar.timeZone });
    const current = await tx.reportSubmission.findFirst({
      where: { periodId: period.id, unitId: unit.id, state: "current" },
    });
    if (current?.sha256 === content.sha256)
      throw new DomainError("reports.error_duplicate", { receipt: current.receiptNo });
    if (current) await tx.reportSubmission.update({ where: { id: current.id }, data: { state: "replaced" } });
    const year = zonedDateOf(now, options.calendar.timeZone).slice(0, 4);
    const bloc = await tx.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
    const prefix = `${bloc.code}-${year}-`;
    const sequence =
      (await tx.reportSubmission.count({ where: { blocId: options.blocId, receiptNo: { startsWith: prefix } } })) + 1;
    // After the due date is late even before the next working day starts (a Saturday after a Friday deadline).
    const lateDays = now > period.dueAt ? Math.max(1, lateWorkingDays(period.dueDate, now, options.calendar)) : 0;
    const submission = await tx.reportSubmission.create({
      data: {
        periodId: period.id,
        unitId: unit.id,
        personId: options.personId,
        receiptNo: `${prefix}${String(sequence).padStart(4, "0")}`,
        blocId: options.blocId,
        fileId: content.fileId,
        fileName: content.fileName,
        mimeType: content.mimeType,
        fileKind: content.fileKind ?? null,
        text: content.text,
        sha256: content.sha256,
        submittedAt: now,
        lateDays,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: current ? "reports.resubmitted" : "reports.submitted",
      subjectType: "report_submission",
      subjectId: submission.id,
      details: {
        periodId: period.id,
        unitId: unit.id,
        receiptNo: submission.receiptNo,
        replaced: current?.receiptNo ?? null,
        lateDays,
        sha256: content.sha256,
      },
      now,
    });
    return {
      submission,
      replaced: current?.receiptNo ?? null,
      obligationName: period.obligation.name,
      unitName: unit.shortName ?? unit.name,
      period: label,
      dueDate: period.dueDate,
    };
  });
}
