import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { PolicyError } from "../../policy/policy-error.js";
import { assertCan } from "../../policy/policy.js";

// A draft scale (copied from last year at the start of a term) becomes the year's scale in use. Refused when the
// year already has one in use, so two scales never compete for the review.
export async function activateScale(db: Db, options: { actor: Actor; scaleId: string; now: Date }) {
  assertCan(options.actor, "scale.import");
  return db.$transaction(async (tx) => {
    const scale = await tx.scale.findUnique({ where: { id: options.scaleId } });
    if (!scale || (!options.actor.operator && options.actor.bloc?.id !== scale.blocId))
      throw new PolicyError("scale.import", "authz.denied");
    if (scale.status !== "draft") throw new DomainError("term.error_scale_not_draft", { year: scale.year });
    const inUse = await tx.scale.count({
      where: { blocId: scale.blocId, year: scale.year, status: { in: ["active", "locked"] } },
    });
    if (inUse > 0) throw new DomainError("term.error_scale_in_use", { year: scale.year });
    const updated = await tx.scale.update({
      where: { id: scale.id },
      data: { status: "active", updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: scale.blocId,
      actor: auditActor(options.actor),
      action: "scale.activated",
      subjectType: "scale",
      subjectId: scale.id,
      details: { year: scale.year, version: scale.version },
      now: options.now,
    });
    return updated;
  });
}
