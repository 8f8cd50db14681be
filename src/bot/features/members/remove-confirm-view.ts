import { Markup } from "telegraf";
import type { MemberRole } from "../../../domain/members/member-role.js";
import type { Translate } from "../../../i18n/translator.js";
import { roleLabel } from "../../role-label.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { confirmRemoval } from "./members-callbacks.js";

export type RemoveConfirmData = { membershipId: string; name: string; role: MemberRole; unitName: string | null };

// Removal is asked once more: the person stops receiving the bloc's messages.
export function removeConfirmView(t: Translate, data: RemoveConfirmData) {
  return {
    text: t("members.confirm", {
      name: data.name,
      role: roleLabel(t, data.role),
      unit: data.unitName ?? t("role.board"),
    }),
    keyboard: Markup.inlineKeyboard([
      Markup.button.callback(t("members.confirm_yes"), confirmRemoval.pack({ membershipId: data.membershipId })),
      Markup.button.callback(t("members.confirm_no"), dismiss.pack({})),
    ]),
  };
}
