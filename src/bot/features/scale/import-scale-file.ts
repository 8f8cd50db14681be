import { DomainError, isDomainError } from "../../../domain/domain-error.js";
import { acceptFile, maxUploadBytes } from "../../../domain/files/accept-file.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { importScale } from "../../../domain/scoring/scale/import-scale.js";
import { isScaleFileError } from "../../../domain/scoring/scale/scale-file-error.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { downloadFile } from "../../download-file.js";
import { scaleImportedView, scaleProblemsView } from "./scale-import-result-view.js";

export type ScaleImportRequest = { year?: number; newVersion: boolean };

// The leader's .xlsx (sent with the caption "/scale import …" or after /scale import): checked before it is
// downloaded, then imported for the leader's bloc. Returns whether the scale was stored (or already was).
export async function importScaleFile(ctx: BotContext, deps: BotDeps, request: ScaleImportRequest): Promise<boolean> {
  assertCan(ctx.actor, "scale.import");
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("scale.error_need_file");
  const { document } = message;
  const file = acceptFile(
    { name: document.file_name, mimeType: document.mime_type, size: document.file_size },
    { kinds: ["xlsx"], typeErrorCode: "scale.error_file_type", baseName: "thang-diem" },
  );
  const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxUploadBytes });
  try {
    const result = await importScale(deps.db, {
      blocId: ctx.actor.bloc!.id,
      year: request.year,
      // Recognised by its type, a file without the extension is still read as a sheet.
      source: { name: /\.xlsx$/i.test(file.name) ? file.name : `${file.name}.xlsx`, bytes },
      actor: ctx.actor,
      now: deps.clock(),
      timeZone: deps.timeZone,
      newVersion: request.newVersion,
    });
    await ctx.reply(scaleImportedView(ctx.t, { result, locale: ctx.locale }).text);
    return true;
  } catch (error) {
    if (isScaleFileError(error)) {
      await ctx.reply(scaleProblemsView(ctx.t, error.problems).text);
      return false;
    }
    if (isDomainError(error) && error.code === "scale.error_in_use") {
      await ctx.reply(`${ctx.t(error.code, error.params)}\n${ctx.t("scale.hint_new_version_bot")}`);
      return false;
    }
    throw error;
  }
}
