import { Markup } from "telegraf";
import { unitRoles } from "../../../domain/members/member-role.js";
import type { Translate } from "../../../i18n/translator.js";
import { roleLabel } from "../../role-label.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { chooseInviteRole } from "./invites-callbacks.js";

// The second step of /invite: which role of the chosen unit the link is for.
export function inviteRolesView(t: Translate, data: { unit: { id: string; name: string } }) {
  return {
    text: t("invite.choose_role", { unit: data.unit.name }),
    keyboard: Markup.inlineKeyboard([
      ...unitRoles.map((role) => [
        Markup.button.callback(roleLabel(t, role), chooseInviteRole.pack({ unitId: data.unit.id, role })),
      ]),
      [Markup.button.callback(t("common.cancel"), dismiss.pack({}))],
    ]),
  };
}
