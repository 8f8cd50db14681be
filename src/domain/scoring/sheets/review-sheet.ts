import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { dateTimeParam } from "../../delivery/enqueue-messages.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { checkSheetValue } from "./check-sheet-value.js";
import { findScaleLeaf } from "./find-scale-leaf.js";
import { assertNotOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { notifySheet } from "./notify-sheet.js";
import { requiredReason } from "./required-reason.js";
import type { SheetValue } from "./sheet-value.js";
import { writeScoreEntry } from "./write-score-entry.js";

export type ReviewDecision = { kind: "accept" } | { kind: "adjust"; nodeId: string; value: SheetValue; reason: string };

export type ReviewSheetOptions = { actor: Actor; sheetId: string; decision: ReviewDecision; now: Date };

// The reviewer adjusts leaves one by one (each with its reason, in the review layer, which prevails over the
// unit's figure), then accepts the rest. A sheet accepted without adjustment is final at once; otherwise the unit
// is told which leaves changed and may explain each before the explanation deadline.
export async function reviewSheet(db: Db, options: ReviewSheetOptions) {
  assertCan(options.actor, "review.decide");
  const { decision, now } = options;
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertNotOwnSheet(sheet, options.actor);
    assertSheetState(sheet, ["submitted"]);
    const actorId = options.actor.person?.id ?? null;
    const audit = (action: string, details: Record<string, unknown>) =>
      recordAudit(tx, {
        blocId: sheet.round.blocId,
        actor: auditActor(options.actor),
        action,
        subjectType: "score_sheet",
        subjectId: sheet.id,
        details,
        now,
      });
    if (decision.kind === "adjust") {
      const reason = requiredReason(decision.reason);
      const { leaf, mayBeUnassigned, path } = await findScaleLeaf(tx, {
        scaleId: sheet.round.scaleId,
        nodeId: decision.nodeId,
      });
      checkSheetValue({ leaf, mayBeUnassigned, path }, decision.value);
      await writeScoreEntry(tx, {
        sheetId: sheet.id,
        nodeId: leaf.id,
        layer: "review",
        value: decision.value,
        actorId,
        reason,
        now,
      });
      await audit("sheet.adjusted", { nodeId: leaf.id, path, value: decision.value, reason });
      return { sheetId: sheet.id, state: "submitted" as const, path };
    }
    const adjusted = await tx.scoreEntry.count({ where: { sheetId: sheet.id, layer: "review" } });
    const state = adjusted === 0 ? ("final" as const) : ("reviewed" as const);
    await tx.scoreSheet.update({
      where: { id: sheet.id },
      data: {
        state,
        reviewedAt: now,
        reviewedById: actorId,
        ...(state === "final" ? { finalAt: now, finalById: actorId } : {}),
      },
    });
    const deadline = sheet.round.explanationDeadline;
    await notifySheet(tx, {
      intentId: `sheet-reviewed:${sheet.id}`,
      blocId: sheet.round.blocId,
      audience: { kind: "units", unitIds: [sheet.unitId] },
      textKey:
        state === "final"
          ? "sheets.final_notice"
          : deadline
            ? "sheets.reviewed_notice_deadline"
            : "sheets.reviewed_notice",
      textParams: { year: sheet.round.year, adjusted, deadline: deadline ? dateTimeParam(deadline) : "" },
      now,
    });
    await audit("sheet.reviewed", { adjusted, state });
    return { sheetId: sheet.id, state, adjusted };
  });
}
