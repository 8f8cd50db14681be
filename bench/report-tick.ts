import Database from "better-sqlite3";
import { createSqliteAdapter } from "../src/db/create-sqlite-adapter.js";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Db } from "../src/db/create-database.js";
import { createAdapterFactory } from "../src/db/create-adapter-factory.js";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { PrismaClient as PostgresPrismaClient } from "../src/generated/prisma-postgres/client.js";
import { addDays } from "../src/domain/reports/calendar-date.js";
import type { DueRule, Recurrence } from "../src/domain/reports/due-rule.js";
import { lateWorkingDays, listEventInstants, type ReportEvent } from "../src/domain/reports/event-instants.js";
import { listPeriods } from "../src/domain/reports/list-periods.js";
import { loadWorkCalendar } from "../src/domain/reports/load-work-calendar.js";
import { planningHorizonDays } from "../src/domain/reports/plan-periods.js";
import { reportEventIntent } from "../src/domain/reports/report-intents.js";
import { sendReportReminders } from "../src/domain/reports/send-report-reminders.js";
import { endOfZonedDay, startOfZonedDay, zonedDateOf } from "../src/domain/reports/zoned-time.js";

const zone = "Asia/Ho_Chi_Minh";
const endOfVietnamDay = (date: string) => endOfZonedDay(date, zone);
const startOfVietnamDay = (date: string) => startOfZonedDay(date, zone);
const vietnamDateOf = (instant: Date) => zonedDateOf(instant, zone);
import { createWorkCalendar, type WorkCalendar } from "../src/domain/reports/work-calendar.js";
import { templateDb, tmpRoot } from "../test/support/global-setup.js";
import { caseName, copySqliteToPostgres, newBenchDatabase, type BenchDialect } from "./bench-database.js";
import type { BenchCase } from "./harness.js";
import { between, counting, id, iso, random, type QueryStats } from "./seed-db.js";

// One tick of the reporting regime (`sendReportReminders`, the "report-reminders" job run every minute) over a
// bloc of 10,000 units with years of history: every past period's submissions, reminder rows and sent outbox
// rows. The goal is a tick under 50 ms whose cost follows what is due at that minute, not the history.

const defaultEscalations = [
  { workingDays: 1, to: "signatory" },
  { workingDays: 3, to: "leader_unit" },
] as const;
// The four presets of src/domain/reports/report-presets.ts, with their default reminders and escalations.
const obligations: { preset: string; name: string; recurrence: Recurrence; dueRule: DueRule }[] = [
  { preset: "monthly", name: "Báo cáo tháng", recurrence: "monthly", dueRule: { kind: "day", day: 20 } },
  { preset: "quarterly", name: "Báo cáo quý", recurrence: "quarterly", dueRule: { kind: "day", day: 20 } },
  { preset: "half_year", name: "Báo cáo 6 tháng", recurrence: "yearly", dueRule: { kind: "day", day: 20, month: 6 } },
  { preset: "year_end", name: "Báo cáo năm", recurrence: "yearly", dueRule: { kind: "day", day: 20 } },
];
const reminders = [3, 1, 0];
const reminderTime = "08:00";
const blocCode = "KTD";

// The due tick: the monthly report of November 2026 (due Friday 20/11) sends its "1 working day before" reminder
// at 08:00 Vietnam time on Thursday 19/11. The quiet tick is the minute before, when nothing is due.
const targetPeriodKey = "2026-11";
const targetEvent = "remind_1";

export type ReportTickOptions = {
  units: number;
  // Past periods per obligation, before the current one.
  historyPeriods: number;
  // Units without a report for the current monthly period when its reminder fires.
  outstanding: number;
  runs: number;
  dialect: BenchDialect;
};

type Fixture = {
  db: Db;
  stats: QueryStats;
  calendar: WorkCalendar;
  targetPeriodId: string;
  due: ReportEvent;
  previous: ReportEvent;
  seedSeconds: number;
  historyRows: number;
  close: () => Promise<void>;
};

const eventId = (event: ReportEvent) => `${event.kind}@${event.at.toISOString()}`;

// A fresh copy of the migrated template, seeded with better-sqlite3 prepared statements in one transaction.
async function seed(options: ReportTickOptions): Promise<Fixture> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(tmpRoot, "report-tick-"));
  const file = path.join(dir, "khoi.db");
  copyFileSync(templateDb, file);
  const sqlite = new Database(file);
  // Seeding only: no journal and a large page cache; the bot's WAL mode is set once the rows are in.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -524288");
  const calendar = createWorkCalendar({ overrides: [] });

  // Where the target period's reminder falls decides "now"; everything is seeded as it stands a minute before.
  const monthly = obligations[0]!;
  const target = listPeriods({
    recurrence: monthly.recurrence,
    dueRule: monthly.dueRule,
    shift: "previous",
    calendar,
    from: "2026-11-01",
    to: "2026-11-30",
  })[0]!;
  const targetEvents = listEventInstants({
    dueDate: target.dueDate,
    reminders,
    reminderTime,
    escalations: [...defaultEscalations],
    calendar,
  });
  const due = targetEvents.find((event) => event.kind === targetEvent)!;
  const previous = targetEvents[targetEvents.indexOf(due) - 1]!;
  const before = new Date(due.at.getTime() - 60_000);
  const today = vietnamDateOf(before);
  const seededAt = iso(before);

  const insert = {
    bloc: sqlite.prepare(
      `INSERT INTO "Bloc" (id, code, name, province, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    unit: sqlite.prepare(
      `INSERT INTO "Unit" (id, blocId, code, name, shortName, position, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    person: sqlite.prepare(
      `INSERT INTO "Person" (id, telegramId, chatId, firstName, lastName, locale, reachable, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'vi', 1, ?, ?)`,
    ),
    membership: sqlite.prepare(
      `INSERT INTO "Membership" (id, personId, blocId, unitId, role, joinedAt) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    term: sqlite.prepare(
      `INSERT INTO "Term" (id, blocId, year, leaderUnitId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    obligation: sqlite.prepare(
      `INSERT INTO "ReportObligation" (id, blocId, name, recurrence, dueRule, reminders, reminderTime, escalations, preset, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    period: sqlite.prepare(
      `INSERT INTO "ReportPeriod" (id, obligationId, periodKey, coversFrom, coversTo, nominalDue, dueDate, dueAt, opensAt, closesAt, state, nextEventAt, lastEvent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    submission: sqlite.prepare(
      `INSERT INTO "ReportSubmission" (id, periodId, unitId, personId, receiptNo, blocId, fileId, fileName, mimeType, sha256, submittedAt, lateDays, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ?, ?, ?, ?)`,
    ),
    reminder: sqlite.prepare(
      `INSERT INTO "ReportReminder" (id, periodId, unitId, kind, sentAt) VALUES (?, ?, ?, ?, ?)`,
    ),
    outbox: sqlite.prepare(
      `INSERT INTO "OutboxMessage" (id, intentId, key, blocId, personId, chatId, textKey, textParams, replyMarkup, state, attempts, nextAttemptAt, sentAt, telegramMessageId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?, ?, ?)`,
    ),
  };

  // The big tables' secondary indexes are built once at the end (sorting beats a million B-tree inserts), from
  // their own CREATE INDEX text, so the schema ends exactly as migrated.
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('ReportSubmission', 'ReportReminder', 'OutboxMessage')`,
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);

  const counts = { submissions: 0, reminders: 0, outbox: 0, periods: 0 };
  let targetPeriodId = "";
  sqlite.transaction(() => {
    const blocId = id("b", 1);
    insert.bloc.run(blocId, blocCode, "Khối thi đua các sở, ban, ngành", "Bench", seededAt, seededAt);
    const units: { id: string; liaison: { id: string; chatId: number }; signatory: { id: string; chatId: number } }[] =
      [];
    for (let i = 0; i < options.units; i++) {
      const unitId = id("u", i);
      insert.unit.run(unitId, blocId, `DV${i}`, `Đơn vị ${i}`, `ĐV${i}`, i, seededAt, seededAt);
      const people = (["liaison", "signatory"] as const).map((role, r) => {
        const n = 2 * i + r;
        const person = { id: id("p", n), chatId: 5_000_000 + n };
        insert.person.run(
          person.id,
          person.chatId,
          person.chatId,
          role === "liaison" ? "CV" : "LĐ",
          `${i}`,
          seededAt,
          seededAt,
        );
        insert.membership.run(id("m", n), person.id, blocId, unitId, role, seededAt);
        return person;
      });
      units.push({ id: unitId, liaison: people[0]!, signatory: people[1]! });
    }
    insert.term.run(id("t", 1), blocId, 2026, units[0]!.id, seededAt, seededAt);
    const leaderPeople = [units[0]!.liaison, units[0]!.signatory];

    const rand = random(42);
    const receipts = new Map<string, number>();
    let submissionNo = 0;
    let reminderNo = 0;
    let outboxNo = 0;
    const submit = (periodId: string, unitIndex: number, submittedAt: Date, lateDays: number, state: string) => {
      const unit = units[unitIndex]!;
      // Vietnam keeps UTC+7 all year: the Vietnam year without luxon, half a million times.
      const year = String(new Date(submittedAt.getTime() + 7 * 3_600_000).getUTCFullYear());
      const sequence = (receipts.get(year) ?? 0) + 1;
      receipts.set(year, sequence);
      const n = submissionNo++;
      const at = iso(submittedAt);
      insert.submission.run(
        id("s", n),
        periodId,
        unit.id,
        unit.liaison.id,
        `${blocCode}-${year}-${String(sequence).padStart(4, "0")}`,
        blocId,
        `file-${n}`,
        `sha-${n}`,
        at,
        lateDays,
        state,
      );
    };
    const sendOutbox = (intentId: string, person: { id: string; chatId: number }, textKey: string, at: string) => {
      const n = outboxNo++;
      insert.outbox.run(
        id("o", n),
        intentId,
        `${intentId}|person:${person.id}`,
        blocId,
        person.id,
        person.chatId,
        textKey,
        `{"unit":"ĐV","days":1}`,
        `{"inline_keyboard":[]}`,
        at,
        at,
        n + 1,
        at,
        at,
      );
    };

    for (const [o, spec] of obligations.entries()) {
      const obligationId = id("ob", o);
      insert.obligation.run(
        obligationId,
        blocId,
        spec.name,
        spec.recurrence,
        JSON.stringify(spec.dueRule),
        JSON.stringify(reminders),
        reminderTime,
        JSON.stringify(defaultEscalations),
        spec.preset,
        seededAt,
        seededAt,
      );
      // History: the last `historyPeriods` periods due before today; then what the planner holds from today to its horizon.
      const all = listPeriods({
        recurrence: spec.recurrence,
        dueRule: spec.dueRule,
        shift: "previous",
        calendar,
        from: "2000-01-01",
        to: addDays(today, planningHorizonDays),
      });
      const past = all.filter((p) => p.dueDate < today).slice(-options.historyPeriods);
      const planned = all.filter((p) => p.dueDate >= today);
      for (const [p, period] of [...past, ...planned].entries()) {
        const periodId = id(`pe${o}`, p);
        const events = listEventInstants({
          dueDate: period.dueDate,
          reminders,
          reminderTime,
          escalations: [...defaultEscalations],
          calendar,
        });
        const dueAt = endOfVietnamDay(period.dueDate);
        const opensAt = startOfVietnamDay(period.opensOn);
        const closesAt = endOfVietnamDay(period.closesOn);
        // As the planner wrote it and the ticks so far left it: closed periods have no next event.
        const closed = closesAt <= before;
        const passed = events.filter((event) => event.at <= before);
        const next = closed ? null : (events.find((event) => event.at > before)?.at ?? null);
        insert.period.run(
          periodId,
          obligationId,
          period.periodKey,
          period.coversFrom,
          period.coversTo,
          period.nominalDue,
          period.dueDate,
          iso(dueAt),
          iso(opensAt),
          iso(closesAt),
          closed ? "closed" : "open",
          next ? iso(next) : null,
          passed.length > 0 ? eventId(passed.at(-1)!) : null,
        );
        counts.periods += 1;
        const isTarget = o === 0 && period.periodKey === targetPeriodKey;
        if (isTarget) targetPeriodId = periodId;
        if (opensAt > before) continue;

        // Most units report before the first reminder; a few late, 1% never. The target period: every unit but
        // `outstanding` of them has reported by now.
        const edges = [opensAt, ...events.map((event) => event.at), closesAt];
        const shares = [0.6, 0.8, 0.9, 0.97, 0.98, 0.99];
        const stride = Math.floor(options.units / Math.max(1, options.outstanding));
        const reportedAt: (Date | null)[] = units.map((_, u) => {
          const r = rand();
          if (isTarget) {
            if (options.outstanding > 0 && u % stride === 7 % stride && u / stride < options.outstanding) return null;
            return r < 0.7 ? between(opensAt, events[0]!.at, r / 0.7) : between(events[0]!.at, before, (r - 0.7) / 0.3);
          }
          const slot = shares.findIndex((share) => r < share);
          if (slot < 0) return null;
          return between(edges[slot]!, edges[slot + 1]!, rand());
        });
        for (const [u, at] of reportedAt.entries()) {
          if (!at || at > before) continue;
          // Some resend a corrected report: the first stays as "replaced".
          if (rand() < 0.03) submit(periodId, u, between(opensAt, at, 0.5), 0, "replaced");
          submit(
            periodId,
            u,
            at,
            at > dueAt ? Math.max(1, lateWorkingDays(period.dueDate, at, calendar)) : 0,
            "current",
          );
        }
        // Each reminder or escalation that has passed went to the units without a report at that instant.
        for (const event of passed) {
          const intentId = reportEventIntent(periodId, event.kind);
          const sentAt = iso(event.at);
          let reminded = 0;
          for (const [u, at] of reportedAt.entries()) {
            if (at && at <= event.at) continue;
            const unit = units[u]!;
            insert.reminder.run(id("r", reminderNo++), periodId, unit.id, event.kind, sentAt);
            reminded += 1;
            if (event.kind === "escalate_leader_unit") continue;
            if (event.kind !== "escalate_signatory")
              sendOutbox(
                intentId,
                unit.liaison,
                event.kind === "remind_0" ? "reports.reminder_today" : "reports.reminder_before",
                sentAt,
              );
            sendOutbox(
              intentId,
              unit.signatory,
              event.kind === "escalate_signatory" ? "reports.escalation_signatory" : "reports.reminder_before",
              sentAt,
            );
          }
          if (event.kind === "escalate_leader_unit" && reminded > 0)
            for (const person of leaderPeople) sendOutbox(intentId, person, "reports.escalation_leader", sentAt);
        }
      }
    }
    counts.submissions = submissionNo;
    counts.reminders = reminderNo;
    counts.outbox = outboxNo;
  })();
  // No ANALYZE: the bot never runs it, so the query planner works here as it does there, without statistics.
  for (const index of indexes) sqlite.exec(index.sql);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();

  const stats: QueryStats = { queries: 0, rows: 0, log: [] };
  const { db, drop } = await openFixture(options.dialect, file, stats);
  if (options.dialect === "postgresql") rmSync(dir, { recursive: true, force: true });
  return {
    db,
    stats,
    calendar: await loadWorkCalendar(db, { timeZone: zone }),
    targetPeriodId,
    due,
    previous,
    seedSeconds: (performance.now() - started) / 1000,
    historyRows: counts.submissions + counts.reminders + counts.outbox + counts.periods,
    // The full-history database is some 600 MB: gone once the cases are done.
    close: async () => {
      await db.$disconnect();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The tables the seed writes; PostgreSQL gets the same rows, copied from the seeded file.
const seededTables = [
  "Bloc",
  "Unit",
  "Person",
  "Membership",
  "Term",
  "ReportObligation",
  "ReportPeriod",
  "ReportSubmission",
  "ReportReminder",
  "OutboxMessage",
];

// The seeded database through the app's own adapter for the engine, counted.
async function openFixture(dialect: BenchDialect, file: string, stats: QueryStats) {
  if (dialect === "sqlite") {
    const db = new PrismaClient({ adapter: counting(createSqliteAdapter({ file, timeoutMs: 5000 }), stats) });
    await db.$connect();
    return { db, drop: async () => {} };
  }
  const { url, drop } = await newBenchDatabase("postgresql");
  await copySqliteToPostgres({ file, url, tables: seededTables });
  const db = new PostgresPrismaClient({ adapter: counting(await createAdapterFactory(url), stats) }) as unknown as Db;
  await db.$connect();
  return { db, drop };
}

type Tick = {
  ms: number;
  outboxMs: number;
  rowsRead: number;
  rowsReturned: number;
  queries: number;
  messages: number;
  periods: number;
};

async function tick(f: Fixture, now: Date, profile = false): Promise<Tick> {
  Object.assign(f.stats, { queries: 0, rows: 0, log: [] });
  const start = performance.now();
  const result = await sendReportReminders(f.db, { now, calendar: f.calendar });
  const ms = performance.now() - start;
  const log = f.stats.log;
  if (profile) {
    console.log(`  one tick at ${now.toISOString()}, ${ms.toFixed(1)} ms; each statement from the tick's start:`);
    for (const q of log)
      console.log(
        `  ${(q.start - start).toFixed(1).padStart(7)} +${(q.end - q.start).toFixed(1).padStart(6)} ms ${String(q.rows).padStart(6)} rows  ${q.sql.replace(/\s+/g, " ").slice(0, 120)}`,
      );
  }
  // The outbox's share: from its key lookup to its last INSERT (Prisma sends a createMany's statements together).
  const outbox = log.filter((q) => q.sql.includes("OutboxMessage"));
  const outboxMs =
    outbox.length > 0 ? Math.max(...outbox.map((q) => q.end)) - Math.min(...outbox.map((q) => q.start)) : 0;
  return {
    ms,
    outboxMs,
    rowsRead: result.rowsRead,
    rowsReturned: f.stats.rows,
    queries: f.stats.queries,
    messages: result.messages,
    periods: result.periods,
  };
}

// Back to the instant before the reminder: the tick's writes for it undone, so every run does the same work.
async function reset(f: Fixture) {
  await f.db.reportReminder.deleteMany({ where: { periodId: f.targetPeriodId, kind: f.due.kind } });
  await f.db.outboxMessage.deleteMany({ where: { intentId: reportEventIntent(f.targetPeriodId, f.due.kind) } });
  await f.db.reportPeriod.update({
    where: { id: f.targetPeriodId },
    data: { nextEventAt: f.due.at, lastEvent: eventId(f.previous) },
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Measured = { medianMs: number; figures: Record<string, string | number> };

// Ticks the fixtures in turn, so that compared databases see the same JIT and GC state (whichever went
// first was slower when each was measured alone).
async function measure(fixtures: Fixture[], runs: number, kind: "quiet" | "due"): Promise<Measured[]> {
  const at = (f: Fixture) => (kind === "due" ? f.due.at : new Date(f.due.at.getTime() - 60_000));
  const ticks: Tick[][] = fixtures.map(() => []);
  // One tick more than measured: the first pays for Prisma compiling its queries and is shown apart.
  for (let i = 0; i <= runs; i++) {
    for (const [n, f] of fixtures.entries()) {
      if (kind === "due") await reset(f);
      ticks[n]!.push(await tick(f, at(f)));
    }
  }
  // BENCH_PROFILE=1: one more tick, printed statement by statement.
  if (process.env.BENCH_PROFILE) {
    for (const f of fixtures) {
      if (kind === "due") await reset(f);
      await tick(f, at(f), true);
    }
  }
  return ticks.map(([first, ...rest]) => {
    const times = rest.map((t) => t.ms);
    const last = rest.at(-1)!;
    return {
      medianMs: median(times),
      figures: {
        "periods due": last.periods,
        "tick ms (median)": median(times).toFixed(1),
        "tick ms (max)": Math.max(...times).toFixed(1),
        "first tick ms": first!.ms.toFixed(1),
        "outbox ms (median)": median(rest.map((t) => t.outboxMs)).toFixed(1),
        "rest ms (median)": median(rest.map((t) => t.ms - t.outboxMs)).toFixed(1),
        rowsRead: last.rowsRead,
        "rows from database": last.rowsReturned,
        queries: last.queries,
        messages: last.messages,
      },
    };
  });
}

// Seeds once per history size, on first use, and shares the database between the cases that use it. The due
// ticks on full and small history are measured together, alternately; the ratio column is each due tick's
// median over the full-history one with `outstanding` units due.
export function reportTick(
  options: ReportTickOptions & { compareTo: { historyPeriods: number }; moreDueRuns: number },
): BenchCase[] {
  let full: Promise<Fixture> | undefined;
  const load = () => (full ??= seed(options));
  let small: Fixture | undefined;
  let compared: Promise<Measured[]> | undefined;
  const compare = () =>
    (compared ??= (async () => {
      const f = await load();
      small = await seed({ ...options, historyPeriods: options.compareTo.historyPeriods });
      return measure([f, small], options.runs, "due");
    })());
  const history = (periods: number) =>
    `${options.units} units × ${obligations.length} × ${periods} period${periods === 1 ? "" : "s"} history`;
  const seeded = (f: Fixture) => ({ "seed s": f.seedSeconds.toFixed(1), "history rows": f.historyRows });
  const ratio = "÷ due tick";
  return [
    {
      name: caseName(`report tick: ${history(options.historyPeriods)}, quiet`, options.dialect),
      run: async () => {
        const f = await load();
        return { ...seeded(f), ...(await measure([f], options.runs, "quiet"))[0]!.figures };
      },
    },
    {
      name: caseName(`report tick: ${history(options.historyPeriods)}, ${options.outstanding} due`, options.dialect),
      run: async () => (await compare())[0]!.figures,
    },
    {
      name: caseName(
        `report tick: ${history(options.compareTo.historyPeriods)}, ${options.outstanding} due`,
        options.dialect,
      ),
      run: async () => {
        const [fullHistory, smallHistory] = await compare();
        await small!.close();
        return {
          ...seeded(small!),
          ...smallHistory!.figures,
          [ratio]: (smallHistory!.medianMs / fullHistory!.medianMs).toFixed(2),
        };
      },
    },
    {
      // Ten times as many units due, on the full history: the stride spreads them over the bloc.
      name: caseName(
        `report tick: ${history(options.historyPeriods)}, ${options.outstanding * 10} due`,
        options.dialect,
      ),
      run: async () => {
        const f = await load();
        try {
          const ids = outstandingIds(options.units, options.outstanding * 10);
          for (let start = 0; start < ids.length; start += 500)
            await f.db.reportSubmission.deleteMany({
              where: { periodId: f.targetPeriodId, unitId: { in: ids.slice(start, start + 500) } },
            });
          const [more] = await measure([f], options.moreDueRuns, "due");
          return { ...more!.figures, [ratio]: (more!.medianMs / (await compare())[0]!.medianMs).toFixed(2) };
        } finally {
          await f.close();
        }
      },
    },
  ];
}

function outstandingIds(units: number, outstanding: number): string[] {
  const stride = Math.floor(units / outstanding);
  return Array.from({ length: outstanding }, (_, k) => id("u", k * stride + (7 % stride)));
}
