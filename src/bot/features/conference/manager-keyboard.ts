import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { ReminderOffsetsSchema } from "../../../domain/conference/conference-schemas.js";
import type { Translate } from "../../../i18n/translator.js";
import { describeOffsets } from "../../views/describe-offsets.js";
import * as callbacks from "./conference-callbacks.js";

export type ManagedConference = {
  id: string;
  rsvpReminders: string;
  attendeeReminders: string;
  minutesFileId: string | null;
};

const button = (text: string, data: string) => Markup.button.callback(text, data);

// Before the start the plan can change; after it, the minutes and the next conference.
function planRows(t: Translate, conference: ManagedConference, started: boolean): InlineKeyboardButton[][] {
  const conferenceId = conference.id;
  if (started)
    return [
      [
        button(
          t(conference.minutesFileId ? "conference.minutes_replace_button" : "conference.minutes_button"),
          callbacks.attachMinutes.pack({ conferenceId }),
        ),
      ],
      [button(t("conference.new_button"), callbacks.newConference.pack({}))],
    ];
  const offsets = (column: string) => describeOffsets(t, ReminderOffsetsSchema.parse(JSON.parse(column)));
  return [
    [
      button(t("conference.edit_time_button"), callbacks.editConference.pack({ conferenceId, field: "time" })),
      button(t("conference.edit_venue_button"), callbacks.editConference.pack({ conferenceId, field: "venue" })),
    ],
    [
      button(
        t("conference.reminders_rsvp_button", { offsets: offsets(conference.rsvpReminders) }),
        callbacks.changeReminders.pack({ conferenceId, target: "rsvp" }),
      ),
    ],
    [
      button(
        t("conference.reminders_attendee_button", { offsets: offsets(conference.attendeeReminders) }),
        callbacks.changeReminders.pack({ conferenceId, target: "attendee" }),
      ),
    ],
    [button(t("conference.cancel_button"), callbacks.cancelConference.pack({ conferenceId }))],
  ];
}

// The leader's tools under the table: exports, check-in marks, history, and the plan or the minutes.
export function managerKeyboard(
  t: Translate,
  conference: ManagedConference,
  state: { started: boolean; checkInOpen: boolean },
): InlineKeyboardButton[][] {
  const conferenceId = conference.id;
  const rows: InlineKeyboardButton[][] = [
    [
      button(t("conference.export_xlsx_button"), callbacks.exportAttendees.pack({ conferenceId, format: "xlsx" })),
      button(t("conference.export_docx_button"), callbacks.exportAttendees.pack({ conferenceId, format: "docx" })),
    ],
  ];
  if (state.checkInOpen)
    rows.push([button(t("conference.mark_button"), callbacks.showMarkList.pack({ conferenceId }))]);
  rows.push([button(t("conference.history_button"), callbacks.showHistory.pack({ conferenceId }))]);
  return [...rows, ...planRows(t, conference, state.started)];
}
