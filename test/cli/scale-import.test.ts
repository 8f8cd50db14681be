import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { exampleBlocFile } from "../support/fixtures.js";
import { tmpRoot } from "../support/global-setup.js";
import { newDatabaseUrl } from "../support/test-db.js";
import { buildScaleXlsx, khoi1000File, readScaleFixture, soNganh100File } from "../support/scale-files.js";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpRoot, "cli-scale-"));
// An empty database of its own, which the CLI migrates (a file, or a PostgreSQL database on test:pg).
const { url: databaseUrl, drop } = await newDatabaseUrl({ migrated: false });
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BOT_USERNAME: "KhoiTestBot",
  BOT_TOKEN: "",
  LOG_LEVEL: "silent",
};

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], {
      env: { ...env, ...extraEnv },
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
  expect((await cli(["bloc", "import", exampleBlocFile, "--json"])).code).toBe(0);
  db = (await createDatabase({ databaseUrl })).db;
});
afterAll(async () => db.$disconnect().finally(drop));

const counts = async () => ({
  scales: await db.scale.count(),
  nodes: await db.scaleNode.count(),
  audits: await db.auditEvent.count({ where: { action: "scale.imported" } }),
});

describe("cli scale import", () => {
  test("imports the 1000-point fixture for the bloc and year, in DEFAULT_LOCALE", async () => {
    const result = await cli(["scale", "import", khoi1000File, "--bloc", "KG-KTT4", "--year", "2026"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Đã nhập thang điểm «Thang điểm chấm điểm thi đua Khối thi đua số 4 năm 2026»");
    expect(result.stdout).toContain("45 tiêu chí, tổng 1.000 điểm");
    expect(await counts()).toEqual({ scales: 1, nodes: 45, audits: 1 });
  });

  test("the same file again changes nothing (in English with DEFAULT_LOCALE=en)", async () => {
    const result = await cli(["scale", "import", khoi1000File, "--year", "2026"], { DEFAULT_LOCALE: "en" });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("The 2026 scale (version 1) already has exactly this content; nothing changed.\n");
    expect(await counts()).toEqual({ scales: 1, nodes: 45, audits: 1 });
  });

  test("other content for a year in use exits 1 with a hint; --new-version makes version 2", async () => {
    const refused = await cli(["scale", "import", soNganh100File, "--year", "2026"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("đang được áp dụng");
    expect(refused.stderr).toContain("--new-version");
    expect(await counts()).toEqual({ scales: 1, nodes: 45, audits: 1 });
    const next = await cli(["scale", "import", soNganh100File, "--year", "2026", "--new-version", "--json"]);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({
      bloc: "KG-KTT4",
      outcome: "new_version",
      version: 2,
      totalMax: 100,
    });
  });

  test("an .xlsx sheet is read like the YAML file", async () => {
    const file = path.join(dir, "thang-diem.xlsx");
    writeFileSync(file, await buildScaleXlsx(readScaleFixture(soNganh100File)));
    const result = await cli(["scale", "import", file, "--year", "2027", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: "created", year: 2027, nodeCount: 15 });
  });

  test("an invalid file names every bad row on stderr, exits 1 and writes nothing", async () => {
    const before = await counts();
    const data = readScaleFixture(soNganh100File);
    data.criteria[0]!.children![0]!.kind = "tự chọn";
    data.criteria[1]!.max = 20;
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, YAML.stringify(data));
    const result = await cli(["scale", "import", file, "--year", "2028"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Thang điểm chưa hợp lệ (2 lỗi), chưa lưu gì:");
    expect(result.stderr).toContain("STT I.1: loại «tự chọn» không hợp lệ");
    expect(result.stderr).toContain("STT II: tổng điểm tối đa của các tiêu chí con (25) vượt điểm tối đa của mục (20)");
    expect(result.stderr).not.toContain("    at ");
    expect(await counts()).toEqual(before);
  });

  test.each([
    [["--year", "1990"], 2, "must be a year from 2000 to 2100"],
    [["--bloc", "NOPE"], 1, "NOPE"],
  ])("refuses %j", async (args, code, message) => {
    const result = await cli(["scale", "import", khoi1000File, ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  test("a missing file is named", async () => {
    const result = await cli(["scale", "import", path.join(dir, "none.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("cannot read");
  });
});
