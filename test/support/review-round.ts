import { expect } from "vitest";
import type { Db } from "../../src/db/create-database.js";
import { isDomainError } from "../../src/domain/domain-error.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { importScale } from "../../src/domain/scoring/scale/import-scale.js";
import { readScaleFixture, soNganh100File, yamlSource } from "./scale-files.js";
import { snapshotTables } from "./table-snapshot.js";

// The 100-point scale of the provincial departments, imported for `year`; returns its leaves by path.
export async function importReviewScale(db: Db, options: { blocId: string; year: number; now: Date }) {
  const data = { ...readScaleFixture(soNganh100File), year: options.year };
  const { scaleId } = await importScale(db, {
    blocId: options.blocId,
    year: options.year,
    actor: operatorActor,
    now: options.now,
    timeZone: "Asia/Ho_Chi_Minh",
    source: { name: soNganh100File, bytes: yamlSource(data).bytes },
  });
  const nodes = await db.scaleNode.findMany({ where: { scaleId } });
  const leaf = (path: string) => nodes.find((n) => n.path === path)!.id;
  return { scaleId, leaf };
}

// One reporting period of the year with the given units' submission instants (null: none sent).
export async function seedReportingPeriod(
  db: Db,
  options: { blocId: string; dueAt: Date; key: string; submissions: Record<string, Date | null> },
) {
  const obligation = await db.reportObligation.create({
    data: {
      blocId: options.blocId,
      name: `BC ${options.key}`,
      recurrence: "once",
      dueRule: JSON.stringify({ kind: "date", date: options.dueAt.toISOString().slice(0, 10) }),
    },
  });
  const day = options.dueAt.toISOString().slice(0, 10);
  const period = await db.reportPeriod.create({
    data: {
      obligationId: obligation.id,
      periodKey: options.key,
      coversFrom: day,
      coversTo: day,
      nominalDue: day,
      dueDate: day,
      dueAt: options.dueAt,
      opensAt: new Date(options.dueAt.getTime() - 864e6),
      closesAt: new Date(options.dueAt.getTime() + 864e6),
    },
  });
  let n = 0;
  for (const [unitId, submittedAt] of Object.entries(options.submissions))
    if (submittedAt)
      await db.reportSubmission.create({
        data: {
          periodId: period.id,
          unitId,
          personId: "p",
          receiptNo: `${options.key}-${n++}`,
          blocId: options.blocId,
          sha256: `${options.key}-${unitId}`,
          submittedAt,
          lateDays: submittedAt > options.dueAt ? 1 : 0,
        },
      });
}

// The service answers with this DomainError and every table is as it was.
export async function expectDomainRefusal(db: Db, code: string, call: () => Promise<unknown>): Promise<void> {
  const before = await snapshotTables(db);
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(isDomainError(error) ? error.code : String(error)).toBe(code);
  expect(await snapshotTables(db)).toEqual(before);
}
