import type { MemberRole } from "../domain/members/member-role.js";
import type { Translate } from "../i18n/translator.js";

export function roleLabel(t: Translate, role: MemberRole, isLeaderUnit = false): string {
  return t(`role.${role}`) + (isLeaderUnit ? t("role.leader_unit_suffix") : "");
}
