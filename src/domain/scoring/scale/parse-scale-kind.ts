import { foldText } from "./fold-text.js";
import type { ScaleNodeKind } from "./scale-file-schema.js";

// The kind as written in a file: the English id or the Vietnamese name used in the sheets.
const aliases: Record<string, ScaleNodeKind> = {
  section: "section",
  muc: "section",
  nhom: "section",
  "pass fail": "pass_fail",
  dat: "pass_fail",
  "dat khong dat": "pass_fail",
  direct: "direct",
  "truc tiep": "direct",
  "cham truc tiep": "direct",
  "per occurrence": "per_occurrence",
  "theo lan": "per_occurrence",
  "moi lan": "per_occurrence",
  target: "target",
  "chi tieu": "target",
  "theo chi tieu": "target",
};

export function parseScaleKind(text: string): ScaleNodeKind | null {
  return aliases[foldText(text)] ?? null;
}
