import type { Locale } from "../../../config/env-schema.js";
import type { ScoreSheetError } from "../../../documents/score-sheet.js";
import { formatPoints } from "../../../i18n/format-points.js";
import type { Translate } from "../../../i18n/translator.js";

type Paths = Map<string, { path: string; title: string }>;

const shortTitle = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title);

// One problem of a returned sheet, naming the Excel row, the leaf by its full path (II.1, not the bare "1" of the
// STT column) and its title, then what is wrong.
function problemLine(t: Translate, problem: ScoreSheetError, paths: Paths): string {
  const node = problem.nodeId ? paths.get(problem.nodeId) : undefined;
  const params = node ? { ...problem.params, stt: node.path, leaf: node.path } : problem.params;
  const message = t(problem.key, params);
  if (!node || problem.row === null) return message;
  return t("scoresheet.problem_at_row", { row: problem.row, title: shortTitle(node.title), message });
}

// Every problem of the file, one per line, so the unit fixes them all in one go; nothing was saved.
export function sheetXlsxProblemsView(t: Translate, data: { problems: ScoreSheetError[]; paths: Paths }) {
  const lines = [t("scoresheet.xlsx_refused", { count: data.problems.length })];
  for (const problem of data.problems) lines.push(`• ${problemLine(t, problem, data.paths)}`);
  return { text: lines.join("\n") };
}

export function sheetXlsxSavedText(
  t: Translate,
  data: { changed: string[]; total: number; assignedMax: number; locale: Locale },
): string {
  const total = formatPoints(data.total, data.locale);
  const max = formatPoints(data.assignedMax, data.locale);
  if (data.changed.length === 0) return t("scoresheet.xlsx_unchanged", { total, max });
  return t("scoresheet.xlsx_saved", { count: data.changed.length, leaves: data.changed.join(", "), total, max });
}
