import type { MemberRole } from "../../../domain/members/member-role.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { roleLabel } from "../../role-label.js";

export type InviteCreatedData = {
  role: MemberRole;
  // The unit's name, or the bloc's for a board invite.
  unitName: string;
  link: string;
  expiresAt: Date;
  maxUses: number;
  timeZone: string;
};

// The link, shown without a preview: Telegram's preview of t.me links says nothing useful.
export function inviteCreatedView(t: Translate, data: InviteCreatedData) {
  return {
    text: t("invite.created", {
      role: roleLabel(t, data.role),
      unit: data.unitName,
      link: data.link,
      expires: formatDateTime(data.expiresAt, data.timeZone),
      uses: data.maxUses,
    }),
    extra: { link_preview_options: { is_disabled: true } },
  };
}
