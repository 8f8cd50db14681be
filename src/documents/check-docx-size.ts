import { Readable } from "node:stream";
import type JSZip from "jszip";
import { loadJsZip } from "../domain/files/load-on-first-use.js";
import { DocumentReadError } from "./document-read-error.js";

// About 3,000 pages of plain text. Mammoth holds a parsed copy of the XML at roughly twenty times its size, so a
// small zip that inflates to gigabytes (a zip bomb, or a huge export) must be turned away before it is parsed.
export const maxDocxXmlBytes = 40 * 1024 * 1024;

// Inflates the XML parts once, counting bytes as they stream, and stops at the limit: the sizes a zip declares
// in its directory can lie.
export async function checkDocxSize(bytes: Uint8Array, maxXmlBytes = maxDocxXmlBytes): Promise<void> {
  let zip: JSZip;
  try {
    zip = await loadJsZip().loadAsync(bytes);
  } catch (error) {
    throw new DocumentReadError("documents.error_unreadable", { cause: error });
  }
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/i.test(file.name)) continue;
    try {
      // JSZip hands out an old-style stream; wrapping it gives backpressure and an iterator that can stop early.
      for await (const chunk of new Readable().wrap(file.nodeStream("nodebuffer"))) {
        total += (chunk as Buffer).length;
        if (total > maxXmlBytes) break;
      }
    } catch (error) {
      throw new DocumentReadError("documents.error_unreadable", { cause: error });
    }
    if (total > maxXmlBytes) throw new DocumentReadError("documents.error_too_large");
  }
}
