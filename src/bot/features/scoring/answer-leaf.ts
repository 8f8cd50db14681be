import { DomainError } from "../../../domain/domain-error.js";
import { maxUploadBytes } from "../../../domain/files/accept-file.js";
import { attachEvidence } from "../../../domain/scoring/sheets/attach-evidence.js";
import { decideAgain } from "../../../domain/scoring/sheets/decide-again.js";
import { getSheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import { reviewSheet } from "../../../domain/scoring/sheets/review-sheet.js";
import { saveSelfEntry } from "../../../domain/scoring/sheets/save-self-entry.js";
import { submitExplanation } from "../../../domain/scoring/sheets/submit-explanation.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { downloadFile } from "../../download-file.js";
import { parseLeafInput, splitValueAndReason } from "./parse-leaf-input.js";
import { reviewSheetView } from "./review-views.js";
import { leafWizard, type LeafWizardData } from "./scoring-wizard.js";
import { sheetValueText } from "./sheet-value-text.js";

// A file or photo sent while a leaf of one's own draft is selected is that leaf's evidence.
async function saveEvidence(ctx: BotContext, deps: BotDeps, data: LeafWizardData): Promise<boolean> {
  const message = ctx.message!;
  const file =
    "document" in message
      ? {
          id: message.document.file_id,
          name: message.document.file_name ?? "minh-chung",
          mime: message.document.mime_type ?? null,
          kind: "document" as const,
        }
      : "photo" in message
        ? {
            id: message.photo[message.photo.length - 1]!.file_id,
            name: "anh-minh-chung.jpg",
            mime: "image/jpeg",
            kind: "photo" as const,
          }
        : null;
  if (!file) return false;
  if (data.mode !== "fill") throw new DomainError("sheets.error_need_text");
  const bytes = await downloadFile(ctx.telegram, { fileId: file.id, maxBytes: maxUploadBytes });
  const { path, sha256 } = await attachEvidence(deps.db, {
    actor: ctx.actor,
    sheetId: data.sheetId,
    nodeId: data.nodeId,
    file: { telegramFileId: file.id, fileName: file.name, mimeType: file.mime, kind: file.kind, bytes },
    now: deps.clock(),
  });
  await ctx.reply(ctx.t("sheets.evidence_saved", { leaf: path, name: file.name, fingerprint: sha256.slice(0, 12) }));
  return true;
}

// The typed answer for the selected leaf, by mode; a refusal leaves the wizard open so the person can try again.
export async function answerLeaf(ctx: BotContext, deps: BotDeps, { data }: WizardState<LeafWizardData>) {
  if (await saveEvidence(ctx, deps, data)) return;
  const message = ctx.message!;
  if (!("text" in message)) throw new DomainError("sheets.error_need_text");
  const now = deps.clock();
  const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId: data.sheetId });
  const node = sheet.nodes.find((n) => n.id === data.nodeId);
  if (!node) throw new DomainError("sheets.error_no_leaf");
  const base = { actor: ctx.actor, sheetId: data.sheetId, now };
  const parse = (text: string) => {
    const value = parseLeafInput(node.kind, node.bound, text);
    if (!value)
      throw new DomainError("sheets.error_input", {
        format: ctx.t(`sheets.format_${node.bound ? "direct" : node.kind}`),
      });
    return value;
  };
  if (data.mode === "fill") {
    const value = parse(message.text);
    await saveSelfEntry(deps.db, { ...base, nodeId: node.id, value });
    return void (await ctx.reply(ctx.t("sheets.saved", { leaf: node.path, value: sheetValueText(ctx.t, value) })));
  }
  if (data.mode === "explain") {
    await submitExplanation(deps.db, { ...base, nodeId: node.id, text: message.text });
    await leafWizard.end(ctx, deps);
    deps.outbox.notify();
    return void (await ctx.reply(ctx.t("sheets.explanation_saved", { leaf: node.path })));
  }
  const { value: typed, reason } = splitValueAndReason(message.text);
  if (data.mode === "adjust")
    await reviewSheet(deps.db, { ...base, decision: { kind: "adjust", nodeId: node.id, value: parse(typed), reason } });
  else
    await decideAgain(deps.db, {
      ...base,
      nodeId: node.id,
      decision: typed === "=" ? { kind: "keep" } : { kind: "change", value: parse(typed) },
      reason,
    });
  await leafWizard.end(ctx, deps);
  const view = reviewSheetView(ctx.t, await getSheetOverview(deps.db, { actor: ctx.actor, sheetId: data.sheetId }));
  await ctx.reply(view.text, view.keyboard);
}
