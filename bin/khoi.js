#!/usr/bin/env node
// `npx khoi <command>`: the operator CLI, compiled (dist/) when built, else the TypeScript sources through tsx.
import { runEntry } from "./run-entry.mjs";

await runEntry("cli/main");
