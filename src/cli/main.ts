// Operator commands: `npm run cli -- <command>` or `npx khoi <command>`.
import "../runtime/require-supported-node.js";
import { Command, InvalidArgumentError } from "commander";
import { loadCliConfigOrExit } from "../config/load-config.js";
import { createDatabase } from "../db/create-database.js";
import { findBloc } from "../domain/blocs/find-bloc.js";
import { importBloc } from "../domain/blocs/import-bloc.js";
import { systemClock } from "../domain/clock.js";
import { isDomainError } from "../domain/domain-error.js";
import { createInvite } from "../domain/invites/create-invite.js";
import { defaultInviteTtlMs, InviteTtlSchema } from "../domain/invites/invite-ttl.js";
import { createTranslator } from "../i18n/translator.js";
import { printInviteRows, toInviteRow, type InviteRow } from "./invite-rows.js";
import { readBlocFile } from "./read-bloc-file.js";
import { CliError, resolveBotUsername } from "./resolve-bot-username.js";
import { findUnitByCode } from "../domain/blocs/find-unit.js";
import { operatorActor } from "../domain/people/operator-actor.js";
import { addCalendarCommands } from "./add-calendar-commands.js";
import { addJobsCommands } from "./add-jobs-commands.js";
import { addScaleCommands } from "./add-scale-commands.js";
import { addRotateCommand } from "./add-rotate-command.js";
import { addDbCommands, printBackup } from "./add-db-commands.js";
import { exitQuietlyOnClosedPipe } from "./exit-quietly-on-closed-pipe.js";

exitQuietlyOnClosedPipe();
const config = loadCliConfigOrExit();

async function openDb() {
  return (await createDatabase({ databaseUrl: config.DATABASE_URL, onBackup: printBackup })).db;
}

const parseUses = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError("must be a whole number from 1 to 1000");
  return n;
};
const parseTtl = (value: string) => {
  const parsed = InviteTtlSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]!.message);
  return parsed.data;
};

// Usage mistakes (unknown option, bad value) exit with 2, like the CLI's own usage errors.
const program = new Command("khoi")
  .description("Khối – emulation bloc bot: operator commands")
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

const bloc = program.command("bloc").description("emulation blocs");
bloc
  .command("import")
  .argument("<file>", "bloc file (.json, .yaml)")
  .option("--json", "print only a JSON array of invite links")
  .description("create or update a bloc and its units from a file, and print invite links for every unit")
  .action(async (file: string, options: { json?: boolean }) => {
    const read = await readBlocFile(file);
    if (!read.ok) throw new CliError(`Invalid bloc file ${file}:\n${read.problems.map((p) => `  - ${p}`).join("\n")}`);
    const username = await resolveBotUsername(config);
    const db = await openDb();
    try {
      const now = systemClock();
      const result = await importBloc(db, { file: read.file, actor: operatorActor, now });
      const rows: InviteRow[] = [];
      for (const unit of result.units) {
        for (const role of ["signatory", "liaison"] as const) {
          const invite = await createInvite(db, {
            blocId: result.blocId,
            unitId: unit.id,
            role,
            actor: operatorActor,
            now,
          });
          rows.push(toInviteRow(invite, unit.code, username));
        }
      }
      if (!options.json) {
        const summary = result.changes.length === 0 ? "no changes" : result.changes.join(", ");
        process.stdout.write(`Bloc ${read.file.bloc.name} (${result.blocCode}): ${summary}\n`);
        if (result.unitsNotInFile.length > 0)
          process.stdout.write(
            `Units in the database but not in the file (kept): ${result.unitsNotInFile.join(", ")}\n`,
          );
        process.stdout.write("Invite links:\n");
      }
      printInviteRows(rows, { json: Boolean(options.json), timeZone: config.APP_TIMEZONE });
    } finally {
      await db.$disconnect();
    }
  });

program
  .command("invite")
  .description("invite links")
  .command("create")
  .description("create an invite link for a unit role, or for the provincial board")
  .requiredOption("--role <role>", "signatory | liaison | board")
  .option("--unit <code>", "unit code (not for board)")
  .option("--bloc <code>", "bloc code (needed when there are several blocs)")
  .option("--uses <n>", "how many people may use the link", parseUses, 1)
  .option("--expires <ttl>", "validity such as 14d, 48h, 30m (default: 14d)", parseTtl)
  .option("--json", "print JSON")
  .action(
    async (options: { role: string; unit?: string; bloc?: string; uses: number; expires?: number; json?: boolean }) => {
      if (!["signatory", "liaison", "board"].includes(options.role))
        throw new CliError("--role must be signatory, liaison or board", 2);
      const role = options.role as "signatory" | "liaison" | "board";
      if (role === "board" && options.unit) throw new CliError("--unit is not used with --role board", 2);
      if (role !== "board" && !options.unit) throw new CliError("--unit is required for signatory and liaison", 2);
      const username = await resolveBotUsername(config);
      const db = await openDb();
      try {
        const found = await findBloc(db, { code: options.bloc });
        const unit = options.unit ? await findUnitByCode(db, { blocId: found.id, code: options.unit }) : null;
        if (options.unit && !unit) throw new CliError(`Unknown unit ${options.unit} in bloc ${found.code}`);
        const invite = await createInvite(db, {
          blocId: found.id,
          unitId: unit?.id ?? null,
          role,
          maxUses: options.uses,
          ttlMs: options.expires ?? defaultInviteTtlMs,
          actor: operatorActor,
          now: systemClock(),
        });
        const row = toInviteRow(invite, unit?.code ?? null, username);
        if (options.json) process.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
        else printInviteRows([row], { json: false, timeZone: config.APP_TIMEZONE });
      } finally {
        await db.$disconnect();
      }
    },
  );

addRotateCommand(bloc, {
  openDb,
  actor: operatorActor,
  timeZone: config.APP_TIMEZONE,
  translate: createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE),
});

addDbCommands(program, { config });

addCalendarCommands(program, {
  openDb,
  actor: operatorActor,
  timeZone: config.APP_TIMEZONE,
  translate: createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE),
});

addJobsCommands(program, { config, openDb });

addScaleCommands(program, {
  openDb,
  actor: operatorActor,
  timeZone: config.APP_TIMEZONE,
  locale: config.DEFAULT_LOCALE,
  translate: createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE),
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (isDomainError(error)) {
    process.stderr.write(
      `${createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).t(config.DEFAULT_LOCALE, error.code, error.params)}\n`,
    );
    process.exit(1);
  }
  throw error;
}
