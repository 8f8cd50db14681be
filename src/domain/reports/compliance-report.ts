import type { DocumentSigning } from "../blocs/find-document-signing.js";

// What the compliance files (Excel, chart) are built from; the domain computes it, src/documents renders it.

// Where one unit stands for one period: pending means not yet due and not sent; not_required means the
// obligation does not apply to that unit.
export type ComplianceStatus = "on_time" | "late" | "missing" | "pending" | "not_required";

export type ComplianceCell = {
  status: ComplianceStatus;
  lateDays: number;
  submittedAt: Date | null;
  receiptNo: string | null;
};

export type ComplianceUnit = { id: string; name: string; shortName: string | null };

export type CompliancePeriod = {
  periodKey: string;
  // Already translated, e.g. "Tháng 03/2026", "Quý I/2026".
  label: string;
  // Vietnam date after the working-day shift, yyyy-MM-dd.
  dueDate: string;
  cells: Record<string, ComplianceCell>;
};

export type ComplianceObligation = { id: string; name: string; periods: CompliancePeriod[] };

// On-time rate over the periods already due in the year: onTime / due (due = onTime + late + missing).
export type ComplianceRate = {
  unitId: string;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  rate: number | null;
};

export type ComplianceReport = {
  blocName: string;
  province: string;
  year: number;
  // Times in the file are in this zone (APP_TIMEZONE), never the server's.
  timeZone: string;
  generatedAt: Date;
  units: ComplianceUnit[];
  obligations: ComplianceObligation[];
  rates: ComplianceRate[];
  // Who signs the workbook's summary sheet, for the bloc.
  signing: DocumentSigning;
};
