// Starts an entry point (`main` or `cli/main`) from the compiled build in dist/ when there is one at least as new
// as every source file, and from the TypeScript sources through tsx otherwise. Production images carry only dist/
// (no TypeScript compiler at run time); a development checkout keeps working after an edit without a rebuild.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export async function runEntry(name) {
  const compiled = path.join(root, "dist", `${name}.js`);
  const source = path.join(root, "src", `${name}.ts`);
  const hasSources = existsSync(source);
  if (existsSync(compiled) && (!hasSources || statSync(compiled).mtimeMs >= newestChange(path.join(root, "src")))) {
    return import(pathToFileURL(compiled).href);
  }
  if (!hasSources) {
    process.stderr.write(`Neither dist/${name}.js nor src/${name}.ts is here: run npm run build.\n`);
    process.exit(1);
  }
  if (existsSync(compiled)) {
    process.stderr.write("dist/ is older than src/: running the TypeScript sources (npm run build refreshes it).\n");
  }
  const tsx = await import("tsx/esm/api").catch(() => undefined);
  if (!tsx) {
    process.stderr.write("tsx is not installed (a production install): run npm run build first.\n");
    process.exit(1);
  }
  tsx.register();
  return import(pathToFileURL(source).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [name] = process.argv.splice(2, 1);
  await runEntry(name ?? "main");
}
