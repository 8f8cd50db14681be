import type { ConferenceButtons } from "../domain/conference/conference-schemas.js";
import { encodeCallback } from "./callback-data.js";

// The buttons conference messages carry, stored keyed so each recipient reads them in their language. RSVP
// buttons are per conference, not per revision: an invitation from before a change of time still answers.
export const conferenceButtons: ConferenceButtons = {
  rsvp: (conferenceId) => [
    [
      {
        textKey: "conference.attend_button",
        callback_data: encodeCallback({ kind: "conference_rsvp", conferenceId, answer: "attending" }),
      },
      {
        textKey: "conference.absent_button",
        callback_data: encodeCallback({ kind: "conference_rsvp", conferenceId, answer: "absent" }),
      },
    ],
    [
      {
        textKey: "conference.deputy_button",
        callback_data: encodeCallback({ kind: "conference_rsvp", conferenceId, answer: "deputy" }),
      },
    ],
  ],
  checkIn: (conferenceId) => [
    [
      {
        textKey: "conference.check_in_button",
        callback_data: encodeCallback({ kind: "conference_check_in", conferenceId }),
      },
    ],
  ],
};
