import { loadIcs } from "../domain/files/load-on-first-use.js";
import type { Conference } from "../generated/prisma/client.js";
import type { FileToStore } from "../domain/delivery/store-file.js";
import { mapLink } from "../domain/conference/map-link.js";
import { formatDateTime } from "../i18n/format-date-time.js";

// Conferences have no end time; a half-day event is what a calendar should block out.
const assumedHours = 4;

// The invitation as a calendar event (.ics). The start is written as the exact instant (UTC), so every calendar
// shows it right; the description repeats it as dd/MM/yyyy HH:mm in APP_TIMEZONE, the time the invitation states.
// One UID per conference and the revision as SEQUENCE: a time change updates the event instead of adding one.
export function makeConferenceCalendarFile(
  conference: Pick<Conference, "id" | "title" | "startsAt" | "venue" | "agenda" | "chair" | "revision">,
  options: { timeZone: string; timeLabel: string },
): FileToStore {
  const description = [
    `${formatDateTime(conference.startsAt, options.timeZone)} (${options.timeLabel})`,
    conference.chair,
    conference.agenda,
  ]
    .filter(Boolean)
    .join("\n");
  const url = mapLink(conference.venue);
  const { error, value } = loadIcs().createEvent({
    uid: `conference-${conference.id}@khoi`,
    sequence: conference.revision,
    productId: "khoi/conference",
    method: "PUBLISH",
    title: conference.title,
    start: conference.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { hours: assumedHours },
    location: conference.venue,
    description,
    ...(url ? { url } : {}),
  });
  if (error || !value) throw error ?? new Error("could not build the calendar file");
  return { name: "hoi-nghi.ics", mimeType: "text/calendar", bytes: Buffer.from(value, "utf8") };
}
