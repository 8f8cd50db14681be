import { buildSynthesisXlsx } from "../documents/build-synthesis-xlsx.js";
import type { SynthesisTable } from "../documents/synthesis-table.js";
import type { SynthesisData } from "../domain/drafts/get-synthesis-data.js";
import type { Translate } from "../i18n/translator.js";

export type ExportFile = { name: string; mimeType: string; bytes: Buffer };

function slug(text: string): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  return (
    ascii
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50)
      .toLowerCase() || "du-thao"
  );
}

// The synthesis table as Word and Excel files, named after the draft.
export async function makeSynthesisFiles(
  data: SynthesisData,
  options: { t: Translate; timeZone: string; now: Date },
): Promise<{ docx: ExportFile; xlsx: ExportFile }> {
  const { t } = options;
  const table: SynthesisTable = {
    blocName: data.blocName,
    province: data.province,
    leaderUnitName: data.leaderUnitName,
    draftTitle: data.draftTitle,
    versionLabel: t("drafts.version_label", { number: data.versionNumber }),
    generatedAt: options.now,
    timeZone: options.timeZone,
    rows: data.rows.map((row) => ({
      clause: row.clauseLabel ?? t("drafts.general"),
      unitName: row.unitName,
      comment: row.comment,
      response: { kind: row.responseKind, text: row.responseText },
    })),
    agreedUnits: data.agreedUnits,
    silentUnits: data.silentUnits,
    signing: data.signing,
  };
  const base = `tong-hop-gop-y-${slug(data.draftTitle)}`;
  const { buildSynthesisDocx } = await import("../documents/build-synthesis-docx.js");
  const [docx, xlsx] = await Promise.all([buildSynthesisDocx(table, t), buildSynthesisXlsx(table, t)]);
  return {
    docx: {
      name: `${base}.docx`,
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes: docx,
    },
    xlsx: {
      name: `${base}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes: xlsx,
    },
  };
}
