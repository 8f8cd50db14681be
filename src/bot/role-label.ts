import type { Actor } from "../domain/people/load-actor.js";
import type { Translate } from "../i18n/translator.js";

export function roleLabel(t: Translate, role: string, isLeaderUnit = false): string {
  return t(`role.${role}`) + (isLeaderUnit ? t("role.leader_unit_suffix") : "");
}

export function actorUnitLabel(t: Translate, actor: Actor): string {
  return actor.unit?.name ?? t("role.board");
}
