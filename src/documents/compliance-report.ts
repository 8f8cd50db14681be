import type { Translate } from "../i18n/translator.js";
import type { ComplianceReport } from "../domain/reports/compliance-report.js";

export type { Translate } from "../i18n/translator.js";
export type * from "../domain/reports/compliance-report.js";

export type BuildComplianceFile = (report: ComplianceReport, t: Translate) => Promise<Buffer>;
