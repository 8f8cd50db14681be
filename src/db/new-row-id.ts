import { randomFillSync } from "node:crypto";

// Ids for rows written by raw INSERTs, in the shape of Prisma's cuids: "c", the time in ms (8 base-36 digits), a
// per-process counter (4), then 12 random base-36 digits. Rows of one INSERT share createdAt, and readers that
// keep their order (the outbox: createdAt, then id) rely on ids rising in the order they were made.
let counter = 0;
let lastTime = 0;
// Random bytes drawn 4 KB at a time: a draw per id cost more than the rest of a 200-message INSERT's rows.
const pool = Buffer.alloc(4096);
let used = pool.length;

export function newRowId(now = Date.now()): string {
  if (now !== lastTime) {
    lastTime = now;
    counter = 0;
  }
  counter = (counter + 1) % 36 ** 4;
  if (used + 12 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let random = "";
  for (let i = 0; i < 12; i++) random += (pool[used + i]! % 36).toString(36);
  used += 12;
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
