import type { Db, Tx } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import type { SheetState } from "./sheet-value.js";

// The sheet with its round and unit, within the actor's bloc; another bloc's sheet is "not found".
export async function findSheet(tx: Db | Tx, options: { sheetId: string; actor: Actor }) {
  const sheet = await tx.scoreSheet.findUnique({ where: { id: options.sheetId }, include: { round: true } });
  if (!sheet || (!options.actor.operator && sheet.round.blocId !== options.actor.bloc?.id))
    throw new DomainError("sheets.error_not_found");
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: sheet.unitId } });
  return { ...sheet, state: sheet.state as SheetState, unit, unitName: unit.shortName ?? unit.name };
}

export type FoundSheet = Awaited<ReturnType<typeof findSheet>>;

// A button pressed on an old message, or two people acting at once: the sheet has moved on.
export function assertSheetState(sheet: FoundSheet, states: SheetState[]): void {
  if (!states.includes(sheet.state)) throw new DomainError("sheets.error_state", { unit: sheet.unitName });
}

// Only the unit's own members fill, explain or submit its sheet.
export function assertOwnSheet(sheet: FoundSheet, actor: Actor): void {
  if (actor.unit?.id !== sheet.unitId) throw new DomainError("sheets.error_other_unit", { unit: sheet.unitName });
}

// A reviewer never decides on their own unit's sheet (the board reviews the leader unit's).
export function assertNotOwnSheet(sheet: FoundSheet, actor: Actor): void {
  if (actor.unit?.id === sheet.unitId) throw new DomainError("sheets.error_own_sheet");
}
