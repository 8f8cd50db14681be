import { can } from "../../../domain/policy/policy.js";
import { getSigningStatus } from "../../../domain/signing/get-signing-status.js";
import { resolveSigner } from "../../../domain/signing/resolve-signer.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { signingStatusView, type StatusButtons } from "./signing-status-view.js";

// Shows the latest round, if any, and says whether one is open.
export async function showSigningStatus(ctx: BotContext, deps: BotDeps): Promise<"none" | "open" | "closed"> {
  const blocId = ctx.actor.bloc!.id;
  const status = await getSigningStatus(deps.db, { blocId });
  if (!status) return "none";
  const { round } = status;
  const buttons: StatusButtons = { sign: false, delegate: false, void: false };
  if (round.state === "open") {
    const person = ctx.actor.person;
    const signer = person
      ? await resolveSigner(deps.db, { blocId, roundId: round.id, personId: person.id }).catch(() => null)
      : null;
    const mine = signer ? status.rows.find((row) => row.unitId === signer.unitId) : null;
    buttons.sign = !!(signer && mine && !mine.signedAt);
    buttons.delegate = buttons.sign && signer?.role === "signatory";
    buttons.void = can(ctx.actor, "signing.void");
  }
  const view = signingStatusView(ctx.t, { status, timeZone: deps.timeZone, buttons });
  await ctx.reply(view.text, view.keyboard);
  return round.state === "open" ? "open" : "closed";
}
