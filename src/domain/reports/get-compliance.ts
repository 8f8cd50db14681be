import type { Db } from "../../db/create-database.js";
import { findDocumentSigning } from "../blocs/find-document-signing.js";
import type { ComplianceCell, ComplianceObligation, ComplianceRate, ComplianceReport } from "./compliance-report.js";
import type { Translate } from "../../i18n/translator.js";
import { periodLabel } from "./list-periods.js";
import { owesReport, readObligationSettings } from "./obligation-settings.js";

// The year's record: for every period due in the year, each unit on time, late (working days) or missing,
// and each unit's on-time rate over the periods already due. Read from the current submissions only.
export async function getCompliance(
  db: Db,
  options: { blocId: string; year: number; now: Date; timeZone: string; t: Translate },
): Promise<ComplianceReport> {
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const units = await db.unit.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const obligations = await db.reportObligation.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      periods: {
        where: { dueDate: { gte: `${options.year}-01-01`, lte: `${options.year}-12-31` } },
        orderBy: { dueAt: "asc" },
        include: { submissions: { where: { state: "current" } } },
      },
    },
  });
  const rates = new Map<string, ComplianceRate>(
    units.map((unit) => [unit.id, { unitId: unit.id, due: 0, onTime: 0, late: 0, missing: 0, rate: null }]),
  );
  const result: ComplianceObligation[] = [];
  for (const obligation of obligations) {
    if (obligation.periods.length === 0) continue;
    const settings = readObligationSettings(obligation);
    const periods = obligation.periods.map((period) => {
      const byUnit = new Map(period.submissions.map((s) => [s.unitId, s]));
      const isDue = period.dueAt < options.now;
      const cells: Record<string, ComplianceCell> = {};
      for (const unit of units) {
        const submission = byUnit.get(unit.id);
        const cell: ComplianceCell = !owesReport(settings, unit.id)
          ? { status: "not_required", lateDays: 0, submittedAt: null, receiptNo: null }
          : submission
            ? {
                status: submission.lateDays > 0 ? "late" : "on_time",
                lateDays: submission.lateDays,
                submittedAt: submission.submittedAt,
                receiptNo: submission.receiptNo,
              }
            : { status: isDue ? "missing" : "pending", lateDays: 0, submittedAt: null, receiptNo: null };
        cells[unit.id] = cell;
        const rate = rates.get(unit.id)!;
        if (cell.status === "on_time" || cell.status === "late" || cell.status === "missing") {
          rate.due += 1;
          if (cell.status === "on_time") rate.onTime += 1;
          else if (cell.status === "late") rate.late += 1;
          else rate.missing += 1;
        }
      }
      const label = periodLabel(period.periodKey, settings.recurrence);
      return { periodKey: period.periodKey, label: options.t(label.key, label.params), dueDate: period.dueDate, cells };
    });
    result.push({ id: obligation.id, name: obligation.name, periods });
  }
  for (const rate of rates.values()) rate.rate = rate.due > 0 ? rate.onTime / rate.due : null;
  return {
    blocName: bloc.name,
    province: bloc.province,
    year: options.year,
    timeZone: options.timeZone,
    generatedAt: options.now,
    units: units.map((unit) => ({ id: unit.id, name: unit.name, shortName: unit.shortName })),
    obligations: result,
    rates: [...rates.values()],
    signing: await findDocumentSigning(db, options.blocId),
  };
}
