import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { periodLabel } from "./list-periods.js";
import { readObligationSettings } from "./obligation-settings.js";
import { zonedDateOf, zonedInstant } from "./zoned-time.js";
import { addDays } from "./calendar-date.js";
import { reportDigestIntent } from "./report-intents.js";

export const digestTime = "17:00";

// Once a day, after 17:00 in APP_TIMEZONE, the leader unit gets one message with every report that arrived since
// the previous digest, instead of a message per file. Keyed by bloc and day, so later ticks add nothing; a day
// with nothing received sends nothing.
export async function sendReportDigest(db: Db, options: { now: Date; timeZone: string }) {
  const zone = options.timeZone;
  const today = zonedDateOf(options.now, zone);
  const until = zonedInstant(today, digestTime, zone);
  if (options.now < until) return { blocs: 0, messages: 0 };
  const since = zonedInstant(addDays(today, -1), digestTime, zone);
  const submissions = await db.reportSubmission.findMany({
    where: { submittedAt: { gt: since, lte: until } },
    include: { period: { include: { obligation: true } } },
    orderBy: { submittedAt: "asc" },
  });
  const byBloc = new Map<string, typeof submissions>();
  for (const s of submissions) byBloc.set(s.blocId, [...(byBloc.get(s.blocId) ?? []), s]);
  let messages = 0;
  for (const [blocId, rows] of byBloc) {
    const intentId = reportDigestIntent(blocId, today);
    if (await db.outboxMessage.findFirst({ where: { intentId }, select: { id: true } })) continue;
    const units = new Map(
      (await db.unit.findMany({ where: { blocId } })).map((unit) => [unit.id, unit.shortName ?? unit.name]),
    );
    const lines = rows.map((s) => ({
      key: s.lateDays > 0 ? "reports.digest_line_late" : "reports.digest_line",
      params: {
        time: formatDateTime(s.submittedAt, options.timeZone).slice(11),
        unit: units.get(s.unitId) ?? "?",
        name: s.period.obligation.name,
        period: periodLabel(s.period.periodKey, readObligationSettings(s.period.obligation).recurrence),
        receipt: s.receiptNo,
        days: s.lateDays,
      },
    }));
    const people = await findAudience(db, { blocId, audience: { kind: "leader_unit" } });
    messages += await db.$transaction((tx) =>
      enqueueMessages(tx, {
        intentId,
        blocId,
        now: options.now,
        messages: messagesToPeople(people, {
          textKey: "reports.digest",
          textParams: { date: today.split("-").reverse().join("/"), count: rows.length, lines },
        }),
      }),
    );
  }
  return { blocs: byBloc.size, messages };
}
