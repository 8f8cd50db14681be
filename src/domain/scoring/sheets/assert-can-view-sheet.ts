import type { Actor } from "../../people/load-actor.js";
import { assertCan, can } from "../../policy/policy.js";
import type { FoundSheet } from "./find-sheet.js";

// A unit's members see their own sheet; the leader unit and the board (review.view) see every sheet of the bloc.
export function assertCanViewSheet(sheet: FoundSheet, actor: Actor): void {
  if (actor.unit?.id !== sheet.unitId || !can(actor, "sheet.fill")) assertCan(actor, "review.view");
}
