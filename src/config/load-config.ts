import { existsSync } from "node:fs";
import type { z } from "zod";
import { CliEnvSchema, EnvSchema, type AppConfig, type CliConfig } from "./env-schema.js";

// Empty strings count as unset so that a blank line in .env falls back to the default.
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ""),
  );
}

export type ParseResult<T> = { ok: true; config: T } | { ok: false; problems: string[] };

export function parseConfig(env: NodeJS.ProcessEnv): ParseResult<AppConfig> {
  return parseWith(EnvSchema, env);
}

export function parseCliConfig(env: NodeJS.ProcessEnv): ParseResult<CliConfig> {
  return parseWith(CliEnvSchema, env);
}

function parseWith<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): ParseResult<z.infer<S>> {
  const result = schema.safeParse(withoutBlanks(env));
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  return { ok: false, problems };
}

export function readDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function formatConfigProblems(problems: string[]): string {
  return ["Invalid configuration (see .env.example):", ...problems.map((p) => `  - ${p}`)].join("\n");
}

// Start-up contract: one readable message naming each bad variable, exit code 2, no stack trace.
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  readDotEnv();
  return exitOnProblems(parseConfig(env));
}

export function loadCliConfigOrExit(env: NodeJS.ProcessEnv = process.env): CliConfig {
  readDotEnv();
  return exitOnProblems(parseCliConfig(env));
}

function exitOnProblems<T>(result: ParseResult<T>): T {
  if (result.ok) return result.config;
  process.stderr.write(`${formatConfigProblems(result.problems)}\n`);
  process.exit(2);
}
