// The deploy files cannot be run here (no container registry, no systemd as PID 1): they are checked statically
// against the repository they build from.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
// `npm start`'s command line (node options included): the image and the unit start the bot the same way.
const startCommand = (JSON.parse(read("package.json")) as { scripts: { start: string } }).scripts.start.split(" ");

type Instruction = { stage: number; op: string; args: string };
function parseDockerfile(text: string): Instruction[] {
  const joined = text.replace(/\\\n\s*/g, " ");
  let stage = -1;
  return joined
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op = "", ...rest] = line.split(/\s+/);
      if (op.toUpperCase() === "FROM") stage += 1;
      return { stage, op: op.toUpperCase(), args: rest.join(" ") };
    });
}

describe("deploy/Dockerfile", () => {
  const steps = parseDockerfile(read("deploy/Dockerfile"));
  const lastStage = Math.max(...steps.map((step) => step.stage));
  const final = steps.filter((step) => step.stage === lastStage);

  test("is multi-stage and builds with the project's build script", () => {
    expect(lastStage).toBeGreaterThanOrEqual(1);
    expect(steps.some((step) => step.op === "RUN" && step.args.includes("npm run build"))).toBe(true);
    expect(JSON.parse(read("package.json")).scripts.build).toContain("tsconfig.build.json");
  });

  test("copies only files that exist, and no TypeScript sources into the final image", () => {
    for (const step of steps.filter((s) => s.op === "COPY" && !s.args.startsWith("--from"))) {
      const sources = step.args.split(/\s+/).slice(0, -1);
      for (const source of sources) expect(existsSync(path.join(root, source)), source).toBe(true);
    }
    expect(final.filter((s) => s.op === "COPY").map((s) => s.args)).not.toContainEqual(expect.stringMatching(/^src /));
    expect(final.some((s) => s.op === "RUN" && s.args.includes("--omit=dev"))).toBe(true);
  });

  test("runs as a non-root user, one process, with a health check on /healthz", () => {
    const user = final.filter((s) => s.op === "USER").at(-1);
    expect(user?.args).toBeDefined();
    expect(user!.args).not.toMatch(/^(root|0)$/);
    expect(final.find((s) => s.op === "HEALTHCHECK")?.args).toContain("/healthz");
    const cmd = JSON.parse(final.find((s) => s.op === "CMD")!.args) as string[];
    expect(cmd).toEqual(startCommand);
    expect(
      existsSync(
        path.join(
          root,
          cmd.find((arg) => arg.endsWith(".mjs"))!,
        ),
      ),
    ).toBe(true);
  });

  test(".dockerignore keeps local state out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", "data", ".env", "*.db"]) expect(ignored).toContain(entry);
  });
});

describe("deploy/khoi.service", () => {
  const unit = read("deploy/khoi.service");

  test("starts the compiled build as an unprivileged user and stops on SIGTERM", () => {
    expect(unit).toMatch(/^User=khoi$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node .*bin\/run-entry\.mjs main$/m);
    const execStart = /^ExecStart=(.*)$/m.exec(unit)![1]!.split(" ");
    expect([path.basename(execStart[0]!), ...execStart.slice(1)]).toEqual(startCommand);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });

  test("does not restart a poller refused because another one polls with the same token", async () => {
    const { pollingConflictExitCode } = await import("../../src/runtime/start-polling.js");
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(new RegExp(`^RestartPreventExitStatus=${pollingConflictExitCode}$`, "m"));
  });

  const analyze = spawnSync("systemd-analyze", ["--version"]).status === 0;
  test.skipIf(!analyze)("passes systemd-analyze verify", () => {
    const run = spawnSync("systemd-analyze", ["verify", path.join(root, "deploy/khoi.service")], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/khoi\.service:\d+/);
  });
});

describe("deploy/docker-compose.yml (PostgreSQL and two replicas behind one webhook URL)", async () => {
  const { parse } = await import("yaml");
  const { EnvBaseSchema, EnvSchema } = await import("../../src/config/env-schema.js");
  type Service = {
    image?: string;
    build?: { context: string; dockerfile: string };
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
    volumes?: string[];
  };
  const compose = parse(read("deploy/docker-compose.yml"), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;
  const replicas = ["khoi-1", "khoi-2"].map((name) => [name, services[name]!] as const);
  // What docker compose substitutes for ${NAME:?…}: sample values, as an operator would set them.
  const samples: Record<string, string> = {
    BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    KHOI_DOMAIN: "bot.example.gov.vn",
    WEBHOOK_SECRET: "a-secret-of-32-characters-000000",
    POSTGRES_PASSWORD: "pw",
  };
  const substitute = (value: string) => value.replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_, name: string) => samples[name]!);

  test("the bot image's pg_dump is the major version of the compose file's PostgreSQL (db backup needs it)", () => {
    const server = /^postgres:(\d+)/.exec(services.postgres!.image!)![1];
    const dockerfile = read("deploy/Dockerfile");
    const client = /^ARG POSTGRES_CLIENT_MAJOR=(\d+)$/m.exec(dockerfile)?.[1];
    expect(client).toBe(server);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    expect(runtime).toContain("postgresql-client-${POSTGRES_CLIENT_MAJOR}");
  });

  test("has PostgreSQL, two bot replicas built from deploy/Dockerfile, and a proxy", () => {
    expect(Object.keys(services).sort()).toEqual(["khoi-1", "khoi-2", "postgres", "proxy"]);
    expect(services.postgres!.image).toMatch(/^postgres:\d+/);
    expect(services.postgres!.healthcheck!.test).toContain("pg_isready");
    for (const [, service] of replicas) {
      expect(existsSync(path.join(root, "deploy", service.build!.context, service.build!.dockerfile))).toBe(true);
    }
  });

  test("each replica runs in webhook mode on the shared database, under its own name, with variables the app reads", () => {
    const ids = new Set<string>();
    for (const [name, service] of replicas) {
      const env = Object.fromEntries(Object.entries(service.environment!).map(([k, v]) => [k, substitute(String(v))]));
      // Every variable is one the app reads (a typo would be silently ignored).
      for (const key of Object.keys(env)) expect(Object.keys(EnvBaseSchema.shape)).toContain(key);
      expect(env.BOT_MODE).toBe("webhook");
      expect(env.DATABASE_URL).toMatch(/^postgresql:\/\/khoi:[^@]+@postgres:5432\/khoi$/);
      expect(env.REPLICA_ID).toBe(name);
      ids.add(env.REPLICA_ID!);
      expect(service.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
      expect(service.healthcheck!.test.join(" ")).toContain(`127.0.0.1:${env.PORT}/healthz`);
    }
    expect(ids.size).toBe(2);
    // One webhook URL for both.
    expect(new Set(replicas.map(([, s]) => s.environment!.WEBHOOK_URL)).size).toBe(1);
  });

  // Until DATABASE_URL accepts postgresql://… (PostgreSQL support), the replicas' environment cannot be valid.
  const postgresSupported = EnvBaseSchema.shape.DATABASE_URL.safeParse("postgresql://k@postgres:5432/k").success;
  test.skipIf(!postgresSupported)("each replica's environment passes the config schema", () => {
    for (const [name, service] of replicas) {
      const env = Object.fromEntries(Object.entries(service.environment!).map(([k, v]) => [k, substitute(String(v))]));
      expect(EnvSchema.safeParse(env).error?.issues ?? [], name).toEqual([]);
    }
  });

  test("the proxy serves the webhook path and balances it over both replicas' ports", () => {
    const proxy = services.proxy!;
    expect(proxy.depends_on).toEqual({
      "khoi-1": { condition: "service_healthy" },
      "khoi-2": { condition: "service_healthy" },
    });
    const mounted = proxy.volumes!.find((volume) => volume.endsWith(":/etc/caddy/Caddyfile:ro"))!;
    const caddyfile = read(path.join("deploy", mounted.split(":")[0]!));
    const webhookPath = new URL(substitute(replicas[0]![1].environment!.WEBHOOK_URL!)).pathname;
    expect(caddyfile).toContain(`handle ${webhookPath} {`);
    for (const [name, service] of replicas) expect(caddyfile).toContain(`${name}:${service.environment!.PORT}`);
    expect(caddyfile).toMatch(/health_uri \/healthz/);
  });
});
