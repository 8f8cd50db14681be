import { findUnit } from "../../../domain/blocs/find-unit.js";
import { DomainError } from "../../../domain/domain-error.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

export const unitChoice = (unit: { id: string; name: string; shortName: string | null }) => ({
  id: unit.id,
  name: unit.shortName ?? unit.name,
});

// A unit of the acting person's bloc, or a refusal: a forged or stale button names no unit of another bloc.
export async function unitOfBloc(ctx: BotContext, deps: BotDeps, unitId: string) {
  const unit = await findUnit(deps.db, { blocId: ctx.actor.bloc!.id, unitId });
  if (!unit) throw new DomainError("term.error_unit_elsewhere");
  return unit;
}
