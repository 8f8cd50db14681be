import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { fixField, sendInvitations } from "./conference-callbacks.js";
import { detailLines, type ConferencePlan } from "./conference-lines.js";

export type ConferencePreview = {
  title: string;
  plan: ConferencePlan;
  people: string;
  units: number;
  timeZone: string;
};

const fixRows = [
  ["title", "time", "venue"],
  ["agenda", "chair"],
] as const;

// The invitation as it will read, with how many people get it, before "Gửi giấy mời".
export function conferencePreviewView(t: Translate, data: ConferencePreview) {
  return {
    text: t("conference.preview", {
      title: data.title,
      details: detailLines(t, data.plan, data.timeZone).join("\n"),
      people: data.people,
      units: data.units,
    }),
    keyboard: Markup.inlineKeyboard([
      ...fixRows.map((row) =>
        row.map((field) => Markup.button.callback(t(`conference.fix_${field}_button`), fixField.pack({ field }))),
      ),
      [Markup.button.callback(t("conference.send_button"), sendInvitations.pack({}))],
      cancelRow(t),
    ]),
  };
}
