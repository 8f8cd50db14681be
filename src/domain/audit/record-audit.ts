import type { Db, Tx } from "../../db/create-database.js";

export type AuditActor = { personId?: string | null; telegramId?: bigint | number | null };

export type RecordAuditOptions = {
  blocId?: string | null;
  actor: AuditActor;
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
  now: Date;
};

// Called inside the same transaction as the change it records.
export async function recordAudit(tx: Tx | Db, options: RecordAuditOptions): Promise<void> {
  await tx.auditEvent.create({
    data: {
      blocId: options.blocId ?? null,
      actorId: options.actor.personId ?? null,
      actorTelegramId: options.actor.telegramId == null ? null : BigInt(options.actor.telegramId),
      action: options.action,
      subjectType: options.subjectType ?? null,
      subjectId: options.subjectId ?? null,
      details: options.details ? JSON.stringify(options.details) : null,
      createdAt: options.now,
    },
  });
}
