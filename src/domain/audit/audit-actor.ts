import type { Actor } from "../people/load-actor.js";
import type { AuditActor } from "./record-audit.js";

// Who an audit row names: the person when known, always the Telegram account that acted.
export function auditActor(actor: Actor): AuditActor {
  return { personId: actor.person?.id ?? null, telegramId: actor.telegramId };
}
