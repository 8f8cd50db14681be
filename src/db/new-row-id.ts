import { randomBytes } from "node:crypto";

// Ids for rows written by raw INSERTs, in the shape of Prisma's cuids: "c", the time in ms (8 base-36 digits), a
// per-process counter (4), then 12 random base-36 digits. Rows of one INSERT share createdAt, and readers that
// keep their order (the outbox: createdAt, then id) rely on ids rising in the order they were made.
let counter = 0;
let lastTime = 0;

export function newRowId(now = Date.now()): string {
  if (now !== lastTime) {
    lastTime = now;
    counter = 0;
  }
  counter = (counter + 1) % 36 ** 4;
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
