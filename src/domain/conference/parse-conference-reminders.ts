import { parseOffsets } from "../schedules/parse-offsets.js";

// "3d, 1d, 2h", "3 ngày, 2 giờ, 30 phút" or plain minutes: minutes before the start, largest first; "tắt" / "off"
// turns that kind of reminder off. At most 5, from 5 minutes to 60 days. The grammar is the shared one.
export function parseConferenceReminders(text: string): number[] {
  return parseOffsets(text, {
    errorCode: "conference.error_bad_offsets",
    minMinutes: 5,
    maxMinutes: 60 * 1440,
    allowOff: true,
  });
}
