import type { Db } from "../../db/create-database.js";
import type { Conference } from "../../generated/prisma/client.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type KeyedText } from "../delivery/enqueue-messages.js";
import { checkInWindow } from "./check-in-window.js";
import { conferenceDetails } from "./conference-details.js";
import { AttendeesSchema, ReminderOffsetsSchema, type ReminderTarget } from "./conference-schemas.js";
import { latestAnswers } from "./latest-answers.js";
import { checkInButtons, rsvpButtons, sendNamesButtons } from "./conference-buttons.js";

// Offsets reach at most 60 days before the start, so later conferences need no look yet.
const horizonMs = 61 * 24 * 60 * 60 * 1000;

// The latest reminder of a schedule that applies now: the smallest offset already reached. A bot that was down
// therefore sends one reminder, not every one it missed; one whose moment came before the conference was
// created is skipped (the invitation has just gone out).
function dueOffset(conference: Conference, column: string, now: Date): number | undefined {
  const minutesLeft = (conference.startsAt.getTime() - now.getTime()) / 60_000;
  return ReminderOffsetsSchema.parse(JSON.parse(column))
    .filter(
      (offset) =>
        minutesLeft <= offset && conference.startsAt.getTime() - offset * 60_000 >= conference.createdAt.getTime(),
    )
    .sort((a, b) => a - b)[0];
}

function timeLeft(conference: Conference, now: Date): KeyedText {
  const minutes = Math.max(1, Math.round((conference.startsAt.getTime() - now.getTime()) / 60_000));
  if (minutes >= 1440) return { key: "conference.left_days", params: { count: Math.round(minutes / 1440) } };
  if (minutes >= 60) return { key: "conference.left_hours", params: { count: Math.round(minutes / 60) } };
  return { key: "conference.left_minutes", params: { count: minutes } };
}

// Every minute: members of units that have not answered (default 3 days before) and members of units that attend
// (default 1 day and 2 hours before) are reminded. The outbox key — conference, revision, kind, offset, person —
// makes each reminder go once however often the job runs, and again after the time or venue changes. Nothing
// is sent once the conference has started.
export async function remindConferences(db: Db, options: { now: Date; timeZone: string; batchSize?: number }) {
  const conferences = await db.conference.findMany({
    where: { state: "scheduled", startsAt: { gt: options.now, lt: new Date(options.now.getTime() + horizonMs) } },
    orderBy: { startsAt: "asc" },
    take: options.batchSize ?? 20,
  });
  let reminded = 0;
  for (const conference of conferences) {
    const due: Partial<Record<ReminderTarget, number>> = {
      rsvp: dueOffset(conference, conference.rsvpReminders, options.now),
      attendee: dueOffset(conference, conference.attendeeReminders, options.now),
    };
    if (due.rsvp === undefined && due.attendee === undefined) continue;
    const [units, rsvps] = await Promise.all([
      db.unit.findMany({ where: { blocId: conference.blocId } }),
      db.conferenceRsvp.findMany({ where: { conferenceId: conference.id } }),
    ]);
    const latest = latestAnswers(rsvps);
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const targets: Record<ReminderTarget, string[]> = {
      rsvp: units.filter((unit) => !latest.has(unit.id)).map((unit) => unit.id),
      attendee: units
        .filter((unit) => ["attending", "deputy"].includes(latest.get(unit.id)?.answer ?? ""))
        .map((unit) => unit.id),
    };
    const details = conferenceDetails(conference);
    const left = timeLeft(conference, options.now);
    const checkInOpen = options.now >= checkInWindow(conference.startsAt, options.timeZone).opensAt;
    for (const target of ["rsvp", "attendee"] as const) {
      const offset = due[target];
      if (offset === undefined || targets[target].length === 0) continue;
      const members = await findAudience(db, {
        blocId: conference.blocId,
        audience: { kind: "units", unitIds: targets[target] },
      });
      const buttons =
        target === "rsvp" ? rsvpButtons(conference.id) : checkInOpen ? checkInButtons(conference.id) : null;
      // A unit that attends with the names to follow is asked for them, with the attend button first.
      const namesMissing = (unitId: string) =>
        target === "attendee" && AttendeesSchema.parse(JSON.parse(latest.get(unitId)!.attendees)).length === 0;
      reminded += await db.$transaction((tx) =>
        enqueueMessages(tx, {
          intentId: `conference-remind:${conference.id}:r${conference.revision}:${target}:${offset}`,
          blocId: conference.blocId,
          now: options.now,
          messages: members.map((m) => {
            const attendees =
              target === "attendee" ? AttendeesSchema.parse(JSON.parse(latest.get(m.unitId!)!.attendees)) : [];
            return {
              recipientKey: `person:${m.id}`,
              personId: m.id,
              chatId: m.chatId,
              textKey:
                target === "rsvp"
                  ? "conference.reminder_rsvp"
                  : namesMissing(m.unitId!)
                    ? "conference.reminder_attendee_names"
                    : "conference.reminder_attendee",
              textParams: {
                title: conference.title,
                unit: unitName.get(m.unitId!) ?? "",
                left,
                details,
                attendees: attendees.map((person) => ({
                  key: "conference.attendee_line",
                  params: { name: person.name, title: person.title },
                })),
              },
              ...(namesMissing(m.unitId!)
                ? { buttons: [...sendNamesButtons(conference.id), ...(buttons ?? [])] }
                : buttons
                  ? { buttons }
                  : {}),
            };
          }),
        }),
      );
    }
  }
  return { conferences: conferences.length, reminded };
}
