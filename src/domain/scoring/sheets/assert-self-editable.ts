import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertOwnSheet, assertSheetState, type FoundSheet } from "./find-sheet.js";

// The unit's own figures change only while its sheet is a draft and the round's deadline has not passed.
export function assertSelfEditable(sheet: FoundSheet, actor: Actor, now: Date): void {
  assertOwnSheet(sheet, actor);
  assertSheetState(sheet, ["draft"]);
  if (now > sheet.round.deadline) throw new DomainError("sheets.error_past_deadline");
}
