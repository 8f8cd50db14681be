import type { Db } from "../../db/create-database.js";
import type { Actor } from "../people/load-actor.js";
import { recordAudit } from "./record-audit.js";

// A sender hammering buttons they may not use would otherwise write one row per tap; past this many refusals in
// the window only the log line remains (the board still sees that they tried, and how often, from the first ones).
export const refusalLimit = { count: 20, windowMs: 10 * 60_000 };

// Refusals are kept so the board can see who tried what. Returns false when the row was not written (limit).
export async function recordRefusal(
  db: Db,
  options: { actor: Actor; action: string; via: string; now: Date },
): Promise<boolean> {
  const telegramId = options.actor.telegramId == null ? null : BigInt(options.actor.telegramId);
  if (telegramId !== null) {
    const recent = await db.auditEvent.count({
      where: {
        action: "authz.denied",
        actorTelegramId: telegramId,
        createdAt: { gte: new Date(options.now.getTime() - refusalLimit.windowMs) },
      },
    });
    if (recent >= refusalLimit.count) return false;
  }
  await recordAudit(db, {
    blocId: options.actor.bloc?.id ?? null,
    actor: { personId: options.actor.person?.id ?? null, telegramId: options.actor.telegramId },
    action: "authz.denied",
    subjectType: "action",
    subjectId: options.action,
    details: { via: options.via },
    now: options.now,
  });
  return true;
}
