import { DomainError } from "../../domain-error.js";
import type { ScaleNodeInput } from "../calculate/scoring-types.js";
import { scoringErrorKey, validateEntry } from "../calculate/validate-entry.js";
import type { SheetValue } from "./sheet-value.js";

// A figure is stored only when the engine's checks pass: the first problem is the answer, in the person's language,
// naming the leaf by its full path (II.1), as the sheet shows it, not by its STT alone.
export function checkSheetValue(
  found: { leaf: ScaleNodeInput; mayBeUnassigned: boolean; path: string },
  value: SheetValue,
) {
  const { leaf, path } = found;
  if (!value.assigned && !found.mayBeUnassigned) throw new DomainError("sheets.error_must_be_assigned", { leaf: path });
  const [problem] = validateEntry(leaf, { leafId: leaf.id, ...value });
  if (problem) throw new DomainError(scoringErrorKey(problem.code), { ...problem.params, leaf: path });
}
