import type { Conference } from "../../generated/prisma/client.js";
import { mapLink } from "./map-link.js";
import { dateTimeParam, type KeyedText } from "../delivery/enqueue-messages.js";

// The lines every conference message repeats (time, venue, chair, agenda), as keys rendered for each reader; the
// time is a parameter, formatted when the message is sent.
export function conferenceDetails(
  conference: Pick<Conference, "startsAt" | "venue" | "chair" | "agenda">,
): KeyedText[] {
  const lines: KeyedText[] = [
    { key: "conference.line_time", params: { time: dateTimeParam(conference.startsAt) } },
    { key: "conference.line_venue", params: { venue: conference.venue } },
  ];
  const map = mapLink(conference.venue);
  if (map) lines.push({ key: "conference.line_map", params: { url: map } });
  if (conference.chair) lines.push({ key: "conference.line_chair", params: { chair: conference.chair } });
  if (conference.agenda) lines.push({ key: "conference.line_agenda", params: { agenda: conference.agenda } });
  return lines;
}
