import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan, can } from "../../policy/policy.js";
import type { FoundSheet } from "./find-sheet.js";

// A unit's members see their own sheet; the leader unit and the board (review.view) see every sheet of the bloc.
// A member of another unit (an old or forwarded button) is told whose sheet it is.
export function assertCanViewSheet(sheet: FoundSheet, actor: Actor): void {
  const own = actor.unit?.id === sheet.unitId;
  if (!own && actor.unit && !can(actor, "review.view"))
    throw new DomainError("sheets.error_other_unit", { unit: sheet.unitName });
  if (!own || !can(actor, "sheet.fill")) assertCan(actor, "review.view");
}
