import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertOwnSheet, assertSheetState, type FoundSheet } from "./find-sheet.js";
import { sheetDeadline } from "./review-schedule.js";

// The unit's own figures change only while its sheet is a draft and its deadline (the round's, or its extension)
// has not passed.
export function assertSelfEditable(sheet: FoundSheet, actor: Actor, now: Date): void {
  assertOwnSheet(sheet, actor);
  assertSheetState(sheet, ["draft"]);
  if (now > sheetDeadline(sheet, sheet.round)) throw new DomainError("sheets.error_past_deadline");
}
