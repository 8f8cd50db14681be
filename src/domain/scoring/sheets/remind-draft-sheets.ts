import type { Db, Tx } from "../../../db/create-database.js";
import { findAudience } from "../../audiences/find-audience.js";
import { dateTimeParam, enqueueMessages, type OutgoingMessage } from "../../delivery/enqueue-messages.js";
import type { WorkCalendar } from "../../reports/work-calendar.js";
import { handledInstant, listSheetEvents, sheetEventId, type SheetEvent } from "./list-sheet-events.js";
import { readReviewSchedule, sheetDeadline } from "./review-schedule.js";

type Due = { sheetId: string; unitId: string; unitName: string; deadline: Date; event: SheetEvent };

// One tick of the review's schedule (the sheet-reminders job). Per sheet still a draft (or reviewed, waiting for
// explanations) only the latest passed instant is sent, and only if it is later than the one the sheet last had
// (lastReminder): a bot that was down sends one message, not the backlog. Units still filling in hear at the
// reminder offsets, the late unit's signatory at the first escalation, and the leader unit once per instant with
// every unit escalated to it then. Outbox keys are per sheet (or round), instant and person: a rerun adds nothing.
export async function remindDraftSheets(db: Db, options: { now: Date; calendar: WorkCalendar }) {
  const { now, calendar } = options;
  const rounds = await db.reviewRound.findMany({
    where: { state: "open", openedAt: { lte: now } },
    include: { sheets: { where: { state: { in: ["draft", "reviewed"] } } } },
  });
  let reminded = 0;
  let sheetsRead = 0;
  for (const round of rounds) {
    sheetsRead += round.sheets.length;
    const schedule = readReviewSchedule(round);
    const due: Omit<Due, "unitName">[] = [];
    for (const sheet of round.sheets) {
      const deadline = sheetDeadline(sheet, round);
      const events = listSheetEvents({
        state: sheet.state,
        deadline,
        explanationDeadline: round.explanationDeadline,
        since: sheet.state === "reviewed" ? (sheet.reviewedAt ?? round.openedAt) : round.openedAt,
        schedule,
        calendar,
      });
      const latest = events.filter((event) => event.at <= now).at(-1);
      const handled = handledInstant(sheet.lastReminder);
      if (latest && (!handled || latest.at > handled))
        due.push({ sheetId: sheet.id, unitId: sheet.unitId, deadline, event: latest });
    }
    if (due.length === 0) continue;
    reminded += await db.$transaction(async (tx) => {
      const units = await tx.unit.findMany({ where: { id: { in: due.map((d) => d.unitId) } } });
      const name = new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
      const items = due.map((d) => ({ ...d, unitName: name.get(d.unitId) ?? "" }));
      const ref = { id: round.id, blocId: round.blocId, year: round.year };
      let added = await queueUnitMessages(tx, { round: ref, items, now });
      added += await queueLeaderMessages(tx, { round: ref, items, now });
      for (const item of items)
        await tx.scoreSheet.update({ where: { id: item.sheetId }, data: { lastReminder: sheetEventId(item.event) } });
      return added;
    });
  }
  return { rounds: rounds.length, sheets: sheetsRead, reminded };
}

type RoundRef = { id: string; blocId: string; year: number };

const unitText: Record<string, string> = {
  remind: "sheets.reminder",
  escalate_signatory: "sheets.escalation_signatory",
};

// Reminders go to everyone in the unit; the escalation to its signatories (or, if it has none, to all of them).
async function queueUnitMessages(tx: Tx, options: { round: RoundRef; items: Due[]; now: Date }) {
  const items = options.items.filter((item) => item.event.kind !== "escalate_leader_unit");
  if (items.length === 0) return 0;
  const people = await findAudience(tx, {
    blocId: options.round.blocId,
    audience: { kind: "units", unitIds: items.map((item) => item.unitId) },
  });
  let added = 0;
  for (const item of items) {
    const members = people.filter((person) => person.unitId === item.unitId);
    const signatories = members.filter((person) => person.role === "signatory");
    const kind = item.event.kind;
    const escalation = kind === "escalate_signatory";
    const recipients = escalation && signatories.length > 0 ? signatories : members;
    const textKey = kind.startsWith("explain_") ? "sheets.explain_reminder" : unitText[escalation ? kind : "remind"]!;
    const params = {
      year: options.round.year,
      unit: item.unitName,
      deadline: dateTimeParam(item.deadline),
      days: item.event.daysBefore ?? item.event.workingDays ?? 0,
    };
    added += await enqueueMessages(tx, {
      intentId: `review-event:${item.sheetId}:${sheetEventId(item.event)}`,
      blocId: options.round.blocId,
      now: options.now,
      messages: recipients.map((person) => message(person, textKey, params)),
    });
  }
  return added;
}

// The leader unit hears once per instant, with every unit escalated to it at that instant.
async function queueLeaderMessages(tx: Tx, options: { round: RoundRef; items: Due[]; now: Date }) {
  const byInstant = new Map<number, Due[]>();
  for (const item of options.items)
    if (item.event.kind === "escalate_leader_unit")
      byInstant.set(item.event.at.getTime(), [...(byInstant.get(item.event.at.getTime()) ?? []), item]);
  if (byInstant.size === 0) return 0;
  const people = await findAudience(tx, { blocId: options.round.blocId, audience: { kind: "leader_unit" } });
  let added = 0;
  for (const [at, items] of byInstant) {
    const params = {
      year: options.round.year,
      deadline: dateTimeParam(items[0]!.deadline),
      count: items.length,
      units: items.map((item) => item.unitName),
    };
    added += await enqueueMessages(tx, {
      intentId: `review-late:${options.round.id}@${new Date(at).toISOString()}`,
      blocId: options.round.blocId,
      now: options.now,
      messages: people.map((person) => message(person, "sheets.late_escalation", params)),
    });
  }
  return added;
}

function message(
  person: { id: string; chatId: bigint | number },
  textKey: string,
  textParams: OutgoingMessage["textParams"],
): OutgoingMessage {
  return { recipientKey: `person:${person.id}`, personId: person.id, chatId: person.chatId, textKey, textParams };
}
