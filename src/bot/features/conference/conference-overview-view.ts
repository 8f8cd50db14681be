import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { checkInWindow } from "../../../domain/conference/check-in-window.js";
import { rsvpButtons } from "../../../domain/conference/conference-buttons.js";
import type { ConferenceOverview } from "../../../domain/conference/get-conference-overview.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { checkIn, getMinutes } from "./conference-callbacks.js";
import { detailLines, unitRowLines } from "./conference-lines.js";
import { managerKeyboard } from "./manager-keyboard.js";
import { renderButtons } from "./render-buttons.js";

export type ConferenceOverviewData = {
  overview: ConferenceOverview;
  // The reader's unit (null for the board) and whether they run the conference.
  unitId: string | null;
  manage: boolean;
  now: Date;
  timeZone: string;
};

function bodyLines(t: Translate, data: ConferenceOverviewData, started: boolean): string[] {
  const { conference, rows, counts } = data.overview;
  const mine = rows.find((row) => row.unitId === data.unitId);
  const lines = [
    t(started ? "conference.view_title_started" : "conference.view_title", { title: conference.title }),
    ...detailLines(t, conference, data.timeZone),
  ];
  if (conference.minutesFileName && conference.minutesAt)
    lines.push(
      t("conference.view_minutes", {
        name: conference.minutesFileName,
        time: formatDateTime(conference.minutesAt, data.timeZone),
      }),
    );
  lines.push(
    "",
    t("conference.view_counts", {
      answered: counts.answered,
      units: counts.units,
      attending: counts.attendingUnits,
      attendees: counts.attendees,
      present: counts.checkedIn,
    }),
  );
  if (data.manage) {
    lines.push("");
    for (const row of rows) lines.push(...unitRowLines(t, row, data.timeZone));
    // A leader-unit member also answers for their own unit: say whose answer the three buttons give.
    if (mine && !started) lines.push("", t("conference.view_answer_for", { unit: mine.unitName }));
  } else if (mine) {
    lines.push("", t("conference.view_your_unit"), ...unitRowLines(t, mine, data.timeZone));
  }
  return lines;
}

// The conference as the reader may see it: leaders get every unit and the tools, unit members their own unit's
// answer with the answer buttons (and "Đã có mặt" on the day). The text may need several messages (chunkLines).
export function conferenceOverviewView(t: Translate, data: ConferenceOverviewData) {
  const { conference, rows } = data.overview;
  const started = conference.startsAt <= data.now;
  const window = checkInWindow(conference.startsAt, data.timeZone);
  const checkInOpen = data.now >= window.opensAt && data.now <= window.closesAt;
  const mine = rows.find((row) => row.unitId === data.unitId);
  const conferenceId = conference.id;
  const buttons: InlineKeyboardButton[][] = [];
  if (mine && !started) buttons.push(...renderButtons(t, rsvpButtons(conferenceId)));
  if (mine && checkInOpen && !mine.checkedInAt && (mine.answer === "attending" || mine.answer === "deputy"))
    buttons.push([Markup.button.callback(t("conference.check_in_button"), checkIn.pack({ conferenceId }))]);
  if (conference.minutesFileId)
    buttons.push([Markup.button.callback(t("conference.minutes_get_button"), getMinutes.pack({ conferenceId }))]);
  if (data.manage) buttons.push(...managerKeyboard(t, conference, { started, checkInOpen }));
  return {
    text: bodyLines(t, data, started).join("\n"),
    keyboard: buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined,
  };
}
