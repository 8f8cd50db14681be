import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import type { Translate } from "../../../i18n/translator.js";
import type { LinkedGroup } from "./audience-view.js";
import type { UnitChoice } from "./units-view.js";

// "Tất cả thành viên", or "2 đơn vị: Sở Du lịch, Sở Y tế".
export function audienceLabel(t: Translate, draft: AnnouncementDraft, units: UnitChoice[], group: LinkedGroup) {
  if (draft.audience === "units") {
    const names = units.filter((unit) => draft.unitIds.includes(unit.id)).map((unit) => unit.shortName ?? unit.name);
    return t("announce.units_label", { count: names.length, units: names.join(", ") });
  }
  return t(`announce.audience_${draft.audience ?? "everyone"}`, { title: group?.title ?? "" });
}
