import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { hashInviteToken } from "../../src/domain/invites/invite-token.js";
import { exampleBlocFile } from "../support/fixtures.js";
import { tmpRoot } from "../support/global-setup.js";
import { newDatabaseUrl } from "../support/test-db.js";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpRoot, "cli-"));
// An empty database of its own, which the CLI migrates (a file, or a PostgreSQL database on test:pg).
const { url: databaseUrl, drop } = await newDatabaseUrl({ migrated: false });
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BOT_USERNAME: "KhoiTestBot",
  BOT_TOKEN: "",
  LOG_LEVEL: "silent",
};

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], {
      env,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: Db;
beforeAll(async () => {
  db = (await createDatabase({ databaseUrl })).db;
});
afterAll(async () => db.$disconnect().finally(drop));

const counts = async () => ({
  blocs: await db.bloc.count(),
  units: await db.unit.count(),
  terms: await db.term.count(),
  audits: await db.auditEvent.count({ where: { action: "bloc.imported" } }),
});

describe("cli bloc import", () => {
  test("imports the 2018 Bloc No. 4 and prints one invite per unit and role as JSON", async () => {
    const result = await cli("bloc", "import", exampleBlocFile, "--json");
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as {
      unit: string;
      role: string;
      link: string;
      token: string;
      expiresAt: string;
    }[];
    expect(rows).toHaveLength(14);
    expect(new Set(rows.map((r) => r.unit)).size).toBe(7);
    for (const row of rows) {
      expect(["signatory", "liaison"]).toContain(row.role);
      expect(row.link).toBe(`https://t.me/KhoiTestBot?start=${row.token}`);
      expect(Buffer.from(row.token, "base64url").length).toBeGreaterThanOrEqual(16);
      const invite = await db.invite.findUniqueOrThrow({
        where: { tokenHash: hashInviteToken(row.token) },
        include: { unit: true },
      });
      expect(invite.unit?.code).toBe(row.unit);
      const days = (new Date(row.expiresAt).getTime() - invite.createdAt.getTime()) / 86_400_000;
      expect(days).toBeCloseTo(14, 5);
    }
    const term = await db.term.findFirstOrThrow({ include: { leaderUnit: true } });
    expect(term).toMatchObject({ year: 2018, leaderUnit: { code: "SVHTT", name: "Sở Văn hóa và Thể thao" } });
  });

  test("re-importing the same file changes nothing; a changed name updates in place", async () => {
    const before = await counts();
    const again = await cli("bloc", "import", exampleBlocFile);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("no changes");
    expect(await counts()).toEqual(before);

    const changed = JSON.parse(readFileSync(exampleBlocFile, "utf8"));
    changed.units[3].name = "Sở Văn hóa, Thể thao và Du lịch";
    const file = path.join(dir, "changed.yaml");
    // YAML is accepted too (JSON is valid YAML).
    writeFileSync(file, JSON.stringify(changed));
    const updated = await cli("bloc", "import", file);
    expect(updated.stdout).toContain("unit SDL updated");
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
    expect((await db.unit.findFirstOrThrow({ where: { code: "SDL" } })).name).toBe("Sở Văn hóa, Thể thao và Du lịch");
  });

  test("an invalid file names every bad field and writes nothing", async () => {
    const before = await counts();
    const invites = await db.invite.count();
    const file = path.join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        bloc: { name: "Khối 9", province: "", year: 1990 },
        units: [
          { code: "A", name: "Sở A", role: "leader" },
          { code: "A", name: "", role: "boss" },
        ],
      }),
    );
    const result = await cli("bloc", "import", file, "--json");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    for (const field of ["bloc.province", "bloc.year", "units.1.name", "units.1.role"])
      expect(result.stderr).toContain(field);
    expect(result.stderr).not.toContain("    at ");
    expect(await counts()).toEqual(before);
    expect(await db.invite.count()).toBe(invites);
  });

  test("a file without exactly one leader is refused", async () => {
    const file = path.join(dir, "no-leader.json");
    writeFileSync(
      file,
      JSON.stringify({
        bloc: { name: "Khối 9", province: "Kiên Giang", year: 2019 },
        units: [
          { code: "A", name: "Sở A" },
          { code: "B", name: "Sở B" },
        ],
      }),
    );
    const result = await cli("bloc", "import", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('units must have exactly one unit with role "leader" (found 0)');
  });
});

describe("cli invite create", () => {
  test("creates a multi-use invite with a custom expiry", async () => {
    const result = await cli(
      "invite",
      "create",
      "--unit",
      "SYT",
      "--role",
      "liaison",
      "--uses",
      "3",
      "--expires",
      "48h",
      "--json",
    );
    expect(result.code).toBe(0);
    const row = JSON.parse(result.stdout);
    const invite = await db.invite.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(row.token) } });
    expect(invite).toMatchObject({ role: "liaison", maxUses: 3 });
    expect((invite.expiresAt.getTime() - invite.createdAt.getTime()) / 3_600_000).toBeCloseTo(48, 5);
  });

  test("creates a board invite", async () => {
    const result = await cli("invite", "create", "--role", "board", "--json");
    const row = JSON.parse(result.stdout);
    expect(row).toMatchObject({ unit: null, role: "board" });
  });

  test.each([
    [["--unit", "NOPE", "--role", "liaison"], "Unknown unit NOPE"],
    [["--unit", "SYT", "--role", "chief"], "--role must be signatory, liaison or board"],
    [["--role", "liaison"], "--unit is required"],
    [["--unit", "SYT", "--role", "liaison", "--uses", "0"], "must be a whole number from 1 to 1000"],
    [["--unit", "SYT", "--role", "liaison", "--expires", "2w"], "must be a number followed by m, h or d"],
  ])("refuses %j clearly", async (args, message) => {
    const before = await db.invite.count();
    const result = await cli("invite", "create", ...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(await db.invite.count()).toBe(before);
  });
});
