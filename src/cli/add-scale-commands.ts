import { readFile } from "node:fs/promises";
import { InvalidArgumentError, type Command } from "commander";
import type { Db } from "../db/create-database.js";
import { findBloc } from "../domain/blocs/find-bloc.js";
import { systemClock } from "../domain/clock.js";
import { isDomainError } from "../domain/domain-error.js";
import type { Actor } from "../domain/people/load-actor.js";
import { importScale } from "../domain/scoring/scale/import-scale.js";
import { describeScaleProblem, isScaleFileError } from "../domain/scoring/scale/scale-file-error.js";
import { formatPoints } from "../i18n/format-points.js";
import type { Translate } from "../i18n/translator.js";
import type { Locale } from "../config/env-schema.js";
import { CliError } from "./resolve-bot-username.js";

export type ScaleCommandDeps = {
  openDb: () => Promise<Db>;
  actor: Actor;
  timeZone: string;
  locale: Locale;
  translate: Translate;
};

const parseYear = (value: string) => {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InvalidArgumentError("must be a year from 2000 to 2100");
  return year;
};

type ImportOptions = { bloc?: string; year?: number; newVersion?: boolean; json?: boolean };

async function runImport(deps: ScaleCommandDeps, file: string, options: ImportOptions) {
  const t = deps.translate;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const db = await deps.openDb();
  try {
    const bloc = await findBloc(db, { code: options.bloc });
    const result = await importScale(db, {
      blocId: bloc.id,
      year: options.year,
      source: { name: file, bytes },
      actor: deps.actor,
      now: systemClock(),
      timeZone: deps.timeZone,
      newVersion: options.newVersion,
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ bloc: bloc.code, ...result }, null, 2)}\n`);
      return;
    }
    const params = {
      title: result.title || t("scale.tree_untitled"),
      year: result.year,
      version: result.version,
      nodes: result.nodeCount,
      total: formatPoints(result.totalMax, deps.locale),
    };
    process.stdout.write(`${t(`scale.imported_${result.outcome}`, params)}\n`);
  } catch (error) {
    if (isScaleFileError(error))
      throw new CliError(
        [t(error.code, error.params), ...error.problems.map((p) => `  - ${describeScaleProblem(t, p)}`)].join("\n"),
      );
    if (isDomainError(error) && error.code === "scale.error_in_use")
      throw new CliError(`${t(error.code, error.params)}\n${t("scale.hint_new_version_cli")}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

export function addScaleCommands(program: Command, deps: ScaleCommandDeps): void {
  const scale = program.command("scale").description("scoring scales (thang điểm)");
  scale
    .command("import")
    .argument("<file>", "scale file (.yaml, .yml, .json or .xlsx)")
    .option("--bloc <code>", "bloc code (needed when there are several blocs)")
    .option("--year <y>", "year of the scale (default: the file's year, else this year)", parseYear)
    .option("--new-version", "replace a scale in use by a new version")
    .option("--json", "print the result as JSON")
    .description("import the year's scoring scale of a bloc; the same file twice changes nothing")
    .action((file: string, options: ImportOptions) => runImport(deps, file, options));
}
