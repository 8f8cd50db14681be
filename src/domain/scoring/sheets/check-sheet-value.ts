import { DomainError } from "../../domain-error.js";
import type { ScaleNodeInput } from "../calculate/scoring-types.js";
import { scoringErrorKey, validateEntry } from "../calculate/validate-entry.js";
import type { SheetValue } from "./sheet-value.js";

// A figure is stored only when the engine's checks pass: the first problem is the answer, in the person's language.
export function checkSheetValue(leaf: ScaleNodeInput, mayBeUnassigned: boolean, value: SheetValue): void {
  if (!value.assigned && !mayBeUnassigned) throw new DomainError("sheets.error_must_be_assigned", { leaf: leaf.code });
  const [problem] = validateEntry(leaf, { leafId: leaf.id, ...value });
  if (problem) throw new DomainError(scoringErrorKey(problem.code), problem.params);
}
