import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import type { SynthesisRow, SynthesisTable, Translate } from "./synthesis-table.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type SynthesisTextRow = { index: number; clause: string; unit: string; comment: string; response: string };

// Every string the Word and Excel tables show, worded once so both files always say the same thing.
export type SynthesisText = NationalHeaderText & {
  documentTitle: string;
  headerLeaderUnit: string;
  title: string;
  subtitle: string;
  columns: [string, string, string, string, string];
  rows: SynthesisTextRow[];
  noComments: string | null;
  summary: string;
  agreed: string | null;
  silent: string | null;
  sheetName: string;
};

// Unit names contain commas ("Sở Lao động, Thương binh và Xã hội"), so lists are separated by semicolons.
const unitSeparator = "; ";

function responseText(row: SynthesisRow, t: Translate): string {
  const kind = t(`synthesis.${row.response.kind}`);
  const text = row.response.text?.trim();
  if (row.response.kind === "pending" || !text) return kind;
  // "Tiếp thu." typed as the answer, or an answer that already opens with its kind, is not prefixed a second time.
  const bare = (value: string) =>
    value
      .toLocaleLowerCase("vi")
      .replace(/[\s.,:;!]+/g, " ")
      .trim();
  if (`${bare(text)} `.startsWith(`${bare(kind)} `)) return text;
  return t("synthesis.response_with_text", { kind, text });
}

export function composeSynthesisText(table: SynthesisTable, t: Translate): SynthesisText {
  const safe = (text: string) => toXmlSafeText(text);
  const count = (kind: SynthesisRow["response"]["kind"]) =>
    table.rows.filter((row) => row.response.kind === kind).length;
  const draft = { draft: table.draftTitle, version: table.versionLabel };
  return {
    documentTitle: safe(t("synthesis.document_title", draft)),
    ...composeDocumentHeader(
      {
        blocName: table.blocName,
        province: table.province,
        leaderUnitName: table.leaderUnitName,
        date: table.generatedAt,
        timeZone: table.timeZone,
        kind: "synthesis",
        signing: table.signing,
      },
      t,
    ),
    title: safe(t("synthesis.title", draft)),
    subtitle: safe(t("synthesis.subtitle", draft)),
    columns: [
      safe(t("synthesis.col_index")),
      safe(t("synthesis.col_clause")),
      safe(t("synthesis.col_unit")),
      safe(t("synthesis.col_comment")),
      safe(t("synthesis.col_response")),
    ],
    rows: table.rows.map((row, i) => ({
      index: i + 1,
      clause: safe(row.clause),
      unit: safe(row.unitName),
      comment: safe(row.comment.trim()),
      response: safe(responseText(row, t)),
    })),
    noComments: table.rows.length === 0 ? safe(t("synthesis.no_comments")) : null,
    summary: safe(
      t("synthesis.summary", {
        comments: table.rows.length,
        units: new Set(table.rows.map((row) => row.unitName)).size,
        accepted: count("accepted"),
        explained: count("explained"),
        pending: count("pending"),
      }),
    ),
    agreed:
      table.agreedUnits.length > 0
        ? safe(t("synthesis.agreed", { units: table.agreedUnits.join(unitSeparator) }))
        : null,
    silent:
      table.silentUnits.length > 0
        ? safe(t("synthesis.silent", { units: table.silentUnits.join(unitSeparator) }))
        : null,
    sheetName: safe(t("synthesis.sheet_name")),
  };
}
