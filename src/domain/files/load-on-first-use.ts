import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import type mammoth from "mammoth";
import type * as Ics from "ics";
import type * as Yaml from "yaml";
import type * as Resvg from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

// Most runs of the bot never read or make a file, so the file libraries are loaded (synchronously: they are
// CommonJS) by the first update or job that needs one instead of at start-up. Loaded at start, exceljs alone took
// most of a second and some 17 MB; docx, mammoth, jszip, yaml, ics and resvg together some 40 MB more of resident
// memory at idle (bench/startup.ts).
function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}

export const loadExcelJs = onFirstUse<typeof ExcelJS>("exceljs");
export const loadJsZip = onFirstUse<typeof JSZip>("jszip");
export const loadMammoth = onFirstUse<typeof mammoth>("mammoth");
export const loadIcs = onFirstUse<typeof Ics>("ics");
export const loadYaml = onFirstUse<typeof Yaml>("yaml");
export const loadResvg = onFirstUse<typeof Resvg>("@resvg/resvg-js");
