import { readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import { BlocFileSchema, describeIssues, type BlocFile } from "../domain/blocs/bloc-file-schema.js";

export type ReadBlocFileResult = { ok: true; file: BlocFile } | { ok: false; problems: string[] };

export async function readBlocFile(file: string): Promise<ReadBlocFileResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, problems: [`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path.extname(file)) ? YAML.parse(text) : JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${(error as Error).message}`],
    };
  }
  const parsed = BlocFileSchema.safeParse(data);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problems: describeIssues(parsed.error) };
}
