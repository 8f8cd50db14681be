import { createHash } from "node:crypto";
import type { Tx } from "../../db/create-database.js";

export type FileToStore = { name: string; mimeType: string; bytes: Buffer };

// Keeps a file the bot made next to the messages that carry it, so a restart can still upload it.
export async function storeFile(tx: Tx, options: { file: FileToStore; now: Date }) {
  const { file } = options;
  return tx.storedFile.create({
    data: {
      name: file.name,
      mimeType: file.mimeType,
      bytes: new Uint8Array(file.bytes),
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      size: file.bytes.length,
      createdAt: options.now,
    },
  });
}
