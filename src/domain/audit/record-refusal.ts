import type { Db } from "../../db/create-database.js";
import type { Actor } from "../people/load-actor.js";
import { recordAudit } from "./record-audit.js";

// Refusals are kept so the board can see who tried what.
export async function recordRefusal(
  db: Db,
  options: { actor: Actor; action: string; via: string; now: Date },
): Promise<void> {
  await recordAudit(db, {
    blocId: options.actor.bloc?.id ?? null,
    actor: { personId: options.actor.person?.id ?? null, telegramId: options.actor.telegramId },
    action: "authz.denied",
    subjectType: "action",
    subjectId: options.action,
    details: { via: options.via },
    now: options.now,
  });
}
