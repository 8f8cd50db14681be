// An operator who starts the bot or the CLI with a Node older than 22.14 (this machine's /usr/bin/node is 20) reads
// why, instead of the bare segmentation fault better-sqlite3 13 gives there.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { projectRoot } from "./processes.js";

const oldNode = ["/usr/bin/node", "/usr/local/bin/node"].find((candidate) => {
  const run = spawnSync(candidate, ["-p", "process.versions.node"], { encoding: "utf8" });
  if (run.status !== 0) return false;
  const [major = 0, minor = 0] = run.stdout.trim().split(".").map(Number);
  return major < 22 || (major === 22 && minor < 14);
});

describe.skipIf(!oldNode)(`entry points on an old Node (${oldNode})`, () => {
  test.each(["src/main.ts", "src/cli/main.ts"])("%s names the Node it needs and exits 1", (entry) => {
    const run = spawnSync(oldNode!, ["--import", "tsx", entry, "db", "status"], {
      cwd: projectRoot,
      encoding: "utf8",
      env: { PATH: process.env.PATH, BOT_TOKEN: "1:x", DATABASE_URL: "file:./.tmp/old-node.db" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Node.js 22.14 or newer");
    expect(run.stderr).toContain(`this is v`);
    expect(run.stdout).toBe("");
  });
});
