import { InvalidArgumentError, type Command } from "commander";
import type { Db } from "../db/create-database.js";
import { findBloc } from "../domain/blocs/find-bloc.js";
import { findUnitByCode } from "../domain/blocs/find-unit.js";
import { setNextTerm } from "../domain/blocs/set-next-term.js";
import { systemClock } from "../domain/clock.js";
import { isDomainError } from "../domain/domain-error.js";
import type { Actor } from "../domain/people/load-actor.js";
import { startOfZonedDay } from "../domain/reports/zoned-time.js";
import { formatDate } from "../i18n/format-date-time.js";
import type { Translate } from "../i18n/translator.js";
import { CliError } from "./resolve-bot-username.js";

export type RotateCommandDeps = { openDb: () => Promise<Db>; actor: Actor; timeZone: string; translate: Translate };

type RotateOptions = { year: number; leader: string; deputy: string; bloc?: string; replace?: boolean };

const parseYear = (value: string) => {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InvalidArgumentError("must be a year from 2000 to 2100");
  return year;
};

// `khoi bloc rotate`: the operator sets next year's leader and deputy by unit code (as in the bloc file). Output in
// DEFAULT_LOCALE; a refused term (a past year, the same unit twice, a year already set) exits with 2, nothing written.
export function addRotateCommand(bloc: Command, deps: RotateCommandDeps): void {
  bloc
    .command("rotate")
    .requiredOption("--year <y>", "the term's year (this year or next)", parseYear)
    .requiredOption("--leader <code>", "the leader unit's code")
    .requiredOption("--deputy <code>", "the deputy unit's code")
    .option("--bloc <code>", "bloc code (needed when there are several blocs)")
    .option("--replace", "replace the term already set for that year (only before it starts)")
    .description("set the next term: leader powers move on 1 January of its year (at once for this year)")
    .action((options: RotateOptions) => rotate(deps, options));
}

async function rotate(deps: RotateCommandDeps, options: RotateOptions): Promise<void> {
  const t = deps.translate;
  const db = await deps.openDb();
  try {
    const bloc = await findBloc(db, { code: options.bloc });
    const unit = async (code: string) => {
      const found = await findUnitByCode(db, { blocId: bloc.id, code });
      if (!found) throw new CliError(t("cli.rotate_unknown_unit", { code, bloc: bloc.code }), 2);
      return found;
    };
    const leader = await unit(options.leader);
    const deputy = await unit(options.deputy);
    const term = await setNextTerm(db, {
      actor: deps.actor,
      blocId: bloc.id,
      year: options.year,
      leaderUnitId: leader.id,
      deputyUnitId: deputy.id,
      source: "operator",
      replace: options.replace,
      timeZone: deps.timeZone,
      now: systemClock(),
    });
    const params = {
      year: term.year,
      bloc: bloc.code,
      leader: leader.name,
      deputy: deputy.name,
      date: formatDate(startOfZonedDay(`${term.year}-01-01`, deps.timeZone), deps.timeZone),
    };
    process.stdout.write(`${t(term.startedAt ? "cli.rotate_started" : "cli.rotate_set", params)}\n`);
  } catch (error) {
    if (isDomainError(error)) throw new CliError(t(error.code, error.params), 2);
    throw error;
  } finally {
    await db.$disconnect();
  }
}
