import { createHash } from "node:crypto";

// Fingerprint of a file's exact bytes, so the same upload can be recognised later whatever its name.
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
