import type { Db } from "../../db/create-database.js";
import { startTerm } from "./start-term.js";
import { yearIn } from "./year-in.js";

// How many terms one run hands over; the rest wait for the next tick.
const batchSize = 50;

// The term-start job: every term whose year has come (1 January, 00:00 in APP_TIMEZONE) and has not started yet,
// oldest year first so a bloc that skipped a year ends with the latest one current. Each in its own transaction.
export async function startDueTerms(db: Db, options: { now: Date; timeZone: string }): Promise<{ started: number }> {
  const due = await db.term.findMany({
    where: { startedAt: null, year: { lte: yearIn(options.now, options.timeZone) } },
    orderBy: [{ year: "asc" }, { id: "asc" }],
    take: batchSize,
    select: { id: true },
  });
  let started = 0;
  for (const term of due)
    if (await db.$transaction((tx) => startTerm(tx, { termId: term.id, now: options.now }))) started++;
  return { started };
}
