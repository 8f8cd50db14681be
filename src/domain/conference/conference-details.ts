import type { Conference } from "../../generated/prisma/client.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { KeyedText } from "../delivery/enqueue-messages.js";

// The lines every conference message repeats (time, venue, chair, agenda), as keys rendered for each reader.
export function conferenceDetails(
  conference: Pick<Conference, "startsAt" | "venue" | "chair" | "agenda">,
  timeZone: string,
): KeyedText[] {
  const lines: KeyedText[] = [
    { key: "conference.line_time", params: { time: formatDateTime(conference.startsAt, timeZone) } },
    { key: "conference.line_venue", params: { venue: conference.venue } },
  ];
  if (conference.chair) lines.push({ key: "conference.line_chair", params: { chair: conference.chair } });
  if (conference.agenda) lines.push({ key: "conference.line_agenda", params: { agenda: conference.agenda } });
  return lines;
}
