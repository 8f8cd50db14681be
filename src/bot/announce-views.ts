import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { audiences, type AnnouncementDraft } from "../domain/announcements/announcement-draft-schema.js";
import type { Translate } from "../i18n/translator.js";
import { encodeCallback } from "./callback-data.js";

type Unit = { id: string; name: string; shortName: string | null };
type Group = { title: string; canPin: boolean } | null;

export function ackButton(t: Translate | null) {
  return (announcementId: string) => ({
    ...(t ? { text: t("announce.ack_button") } : { textKey: "announce.ack_button" }),
    callback_data: encodeCallback({ kind: "announce_ack", announcementId }),
  });
}

export function audienceKeyboard(t: Translate, group: Group) {
  const rows = audiences
    .filter((audience) => audience !== "group" || group)
    .map((audience) => [
      Markup.button.callback(
        t(`announce.audience_${audience}`, { title: group?.title ?? "" }),
        encodeCallback({ kind: "announce_audience", audience }),
      ),
    ]);
  rows.push([Markup.button.callback(t("common.cancel"), encodeCallback({ kind: "announce_cancel" }))]);
  return Markup.inlineKeyboard(rows);
}

export function unitsKeyboard(t: Translate, units: Unit[], selected: string[]) {
  const rows: InlineKeyboardButton[][] = units.map((unit) => {
    const name = unit.shortName ?? unit.name;
    return [
      Markup.button.callback(
        selected.includes(unit.id) ? t("announce.unit_selected", { unit: name }) : name,
        encodeCallback({ kind: "announce_unit", unitId: unit.id }),
      ),
    ];
  });
  rows.push([
    Markup.button.callback(
      t("announce.units_done_button", { count: selected.length }),
      encodeCallback({ kind: "announce_units_done" }),
    ),
    Markup.button.callback(t("common.cancel"), encodeCallback({ kind: "announce_cancel" })),
  ]);
  return Markup.inlineKeyboard(rows);
}

export function audienceLabel(t: Translate, draft: AnnouncementDraft, units: Unit[], group: Group): string {
  if (draft.audience === "units") {
    const names = units.filter((unit) => draft.unitIds.includes(unit.id)).map((unit) => unit.shortName ?? unit.name);
    return t("announce.units_label", { count: names.length, units: names.join(", ") });
  }
  return t(`announce.audience_${draft.audience ?? "everyone"}`, { title: group?.title ?? "" });
}

export function confirmKeyboard(t: Translate, options: { canSend: boolean; group: boolean }) {
  const row = [];
  if (options.canSend)
    row.push(Markup.button.callback(t("announce.send_button"), encodeCallback({ kind: "announce_send", pin: "0" })));
  if (options.canSend && options.group)
    row.push(
      Markup.button.callback(t("announce.send_pin_button"), encodeCallback({ kind: "announce_send", pin: "1" })),
    );
  return Markup.inlineKeyboard(
    [row, [Markup.button.callback(t("common.cancel"), encodeCallback({ kind: "announce_cancel" }))]].filter(
      (r) => r.length > 0,
    ),
  );
}
