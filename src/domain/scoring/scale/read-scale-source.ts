import path from "node:path";
import { loadYaml } from "../../files/load-on-first-use.js";
import type { z } from "zod";
import { checkScaleTree, type CheckScaleResult } from "./check-scale-tree.js";
import { readScaleXlsx, type ReadScaleResult } from "./read-scale-xlsx.js";
import { ScaleFileSchema } from "./scale-file-schema.js";
import type { ScaleProblem } from "./scale-file-error.js";

// A scale as it arrives: a file from the command line or the bot, by name (which says its format) and content.
export type ScaleSource = { name: string; bytes: Uint8Array };

const formatOf = (name: string) => {
  const ext = path.extname(name).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".yaml" || ext === ".yml" ? "yaml" : ext === ".json" ? "json" : null;
};

function shapeProblems(error: z.ZodError): ScaleProblem[] {
  return error.issues.map((issue) => ({
    code: "scale.problem_shape",
    params: { path: issue.path.join(".") || "/", message: issue.message },
  }));
}

function readText(source: ScaleSource, format: "yaml" | "json"): ReadScaleResult {
  let data: unknown;
  try {
    const text = Buffer.from(source.bytes).toString("utf8");
    data = format === "yaml" ? loadYaml().parse(text) : JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0]!;
    return { file: null, problems: [{ code: "scale.problem_syntax", params: { format, message } }] };
  }
  const parsed = ScaleFileSchema.safeParse(data);
  return parsed.success ? { file: parsed.data, problems: [] } : { file: null, problems: shapeProblems(parsed.error) };
}

// Reads and validates a scale file (YAML, JSON or .xlsx) into the one normalized structure, naming every bad row.
export async function readScaleSource(source: ScaleSource): Promise<CheckScaleResult & { year?: number }> {
  const format = formatOf(source.name);
  if (!format) return { ok: false, problems: [{ code: "scale.problem_file_type", params: { name: source.name } }] };
  const read = format === "xlsx" ? await readScaleXlsx(source.bytes) : readText(source, format);
  if (!read.file) return { ok: false, problems: read.problems };
  const checked = checkScaleTree(read.file);
  if (read.problems.length === 0) return checked.ok ? { ...checked, year: read.file.year } : checked;
  // A row already named for an unreadable cell is not named again for what followed from it.
  const named = new Set(read.problems.map((p) => p.at?.row));
  const more = checked.ok ? [] : checked.problems.filter((p) => p.at?.row === undefined || !named.has(p.at.row));
  return { ok: false, problems: [...read.problems, ...more.filter((p) => p.at)] };
}
