import type { Translate } from "../../../i18n/translator.js";
import { DomainError } from "../../domain-error.js";

// One thing wrong with a scale file. `code` is a locale key; `at` names the row (STT path, and the sheet row for
// .xlsx) so that the person can find it.
export type ScaleProblem = {
  code: string;
  params?: Record<string, string | number>;
  at?: { stt: string; row?: number };
};

// A scale file that does not pass validation: nothing is written, every problem is listed.
export class ScaleFileError extends DomainError {
  constructor(readonly problems: ScaleProblem[]) {
    super("scale.error_invalid", { count: problems.length });
    this.name = "ScaleFileError";
  }
}

export function isScaleFileError(error: unknown): error is ScaleFileError {
  return error instanceof ScaleFileError;
}

// "Row 12 (II.1.a): …" for a sheet, "II.1.a: …" for YAML/JSON, the bare reason for the file as a whole.
export function describeScaleProblem(t: Translate, problem: ScaleProblem): string {
  const reason = t(problem.code, problem.params ?? {});
  if (!problem.at) return reason;
  const where =
    problem.at.row === undefined
      ? t("scale.at_stt", { stt: problem.at.stt })
      : t("scale.at_row", { row: problem.at.row, stt: problem.at.stt });
  return `${where}: ${reason}`;
}
