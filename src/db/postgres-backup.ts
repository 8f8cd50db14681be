import { spawn } from "node:child_process";
import { mkdirSync, openSync, readSync, closeSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { BackupError } from "./backup-database.js";
import { appApplicationName } from "./create-adapter-factory.js";

// PostgreSQL's own tools do backups: pg_dump writes a consistent snapshot while the bot keeps writing (custom
// format, compressed), pg_restore puts one back. They must be installed (Debian: postgresql-client) in the same
// or a newer major version than the server.
async function runTool(tool: string, args: string[], options: { stdin?: NodeJS.ReadableStream } = {}) {
  const child = spawn(tool, args, { stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"] });
  if (options.stdin) options.stdin.pipe(child.stdin!);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdout!.resume();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new BackupError(`${tool} is not installed (it comes with PostgreSQL's client tools, postgresql-client)`)
          : error,
      ),
    );
    child.once("close", resolve);
  });
  if (code !== 0) throw new BackupError(`${tool} failed: ${stderr.trim().split("\n").slice(-3).join(" ")}`);
}

export async function dumpPostgres(options: { databaseUrl: string; target: string }): Promise<{ bytes: number }> {
  const target = path.resolve(options.target);
  mkdirSync(path.dirname(target), { recursive: true });
  await runTool("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${target}`,
    options.databaseUrl,
  ]);
  return { bytes: statSync(target).size };
}

// A file pg_dump wrote in its custom format begins with "PGDMP".
export function checkPostgresDump(source: string): void {
  if (!statSync(source, { throwIfNoEntry: false })?.isFile()) throw new BackupError(`no backup file at ${source}`);
  const head = Buffer.alloc(5);
  const fd = openSync(source, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") !== "PGDMP")
    throw new BackupError(`${source} is not a PostgreSQL backup made by \`db backup\` (pg_dump custom format)`);
}

// Restores into the database the URL names, replacing what is there, in one transaction: a failure leaves the
// database as it was. Refused while the bot (or a CLI) is connected: their sessions carry the app's name.
export async function restorePostgres(options: { databaseUrl: string; source: string }): Promise<void> {
  await checkRestorable(options);
  await runTool("pg_restore", [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${options.databaseUrl}`,
    path.resolve(options.source),
  ]);
}

// The checks a restore makes before anything is written, the copy of the current database included.
export async function checkRestorable(options: { databaseUrl: string; source: string }): Promise<void> {
  checkPostgresDump(options.source);
  const others = await countAppSessions(options.databaseUrl);
  if (others > 0)
    throw new BackupError(`the bot is running on this database (${others} connection(s)): stop it before restoring`);
}

async function countAppSessions(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ ...parseIntoClientConfig(databaseUrl), application_name: "khoi-restore" });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1",
      [appApplicationName],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

// A throw-away copy of the database (for `jobs run --dry-run`): a new database beside it, filled from a dump.
// Needs the CREATEDB privilege; dropped by `drop`.
export async function copyPostgres(databaseUrl: string, scratchFile: string) {
  const config = { ...parseIntoClientConfig(databaseUrl), application_name: "khoi-copy" };
  const name = `${config.database ?? "khoi"}_dry_run_${Date.now().toString(36)}`;
  const admin = new pg.Client(config);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    await dumpPostgres({ databaseUrl, target: scratchFile });
    await runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url}`, scratchFile]);
    return { url: url.toString(), drop: () => dropDatabase(config, name) };
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  } finally {
    await admin.end();
  }
}

async function dropDatabase(config: pg.ClientConfig, name: string): Promise<void> {
  const admin = new pg.Client(config);
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
