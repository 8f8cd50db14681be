import type { UnitDraftStatus } from "../../../domain/drafts/unit-statuses.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";

export type ReviewHeader = {
  title: string;
  version: number;
  isFinal: boolean;
  deadline: Date;
  comments: number;
  units: UnitDraftStatus[];
  timeZone: string;
};

// The top of the leader's review: the draft and where each unit stands.
export function reviewHeaderView(t: Translate, data: ReviewHeader) {
  const lines = [
    t("drafts.review_header", {
      title: data.title,
      version: data.version,
      final: data.isFinal ? t("drafts.final_mark") : "",
      deadline: formatDateTime(data.deadline, data.timeZone),
      count: data.comments,
    }),
    ...data.units.map((unit) =>
      t(`drafts.unit_${unit.status}`, { unit: unit.shortName ?? unit.unitName, count: unit.comments }),
    ),
  ];
  return { text: lines.join("\n") };
}
