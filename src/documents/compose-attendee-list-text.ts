import { formatDate, formatDateTime } from "../i18n/format-date-time.js";
import type { AttendeeList, AttendeeRow, Translate } from "./attendee-list.js";
import { composeDocumentHeader, type NationalHeaderText } from "./document-header.js";
import { toXmlSafeText } from "./to-xml-safe-text.js";

export type AttendeeTextRow = {
  index: number;
  unit: string;
  name: string;
  title: string;
  answer: string;
  present: string;
  // Left empty for the attendee's hand signature on the printed list.
  sign: string;
};

// Every string the Word and Excel attendee lists show, worded once so both files always say the same thing.
export type AttendeeListText = NationalHeaderText & {
  documentTitle: string;
  headerLeaderUnit: null;
  title: string;
  subtitle: string;
  when: string;
  venue: string;
  columns: [string, string, string, string, string, string, string];
  rows: AttendeeTextRow[];
  noRows: string | null;
  summary: string;
  sheetName: string;
};

function answerText(row: AttendeeRow, t: Translate): string {
  const reason = row.reason?.trim();
  if (row.answer === "absent" && reason) return t("attendees.answer_absent_reason", { reason });
  return t(`attendees.answer_${row.answer}`);
}

const comes = (row: AttendeeRow) => row.answer === "attending" || row.answer === "deputy";

export function composeAttendeeListText(list: AttendeeList, t: Translate): AttendeeListText {
  const safe = (text: string) => toXmlSafeText(text);
  const conference = { conference: list.conferenceTitle };
  const startsAt = formatDateTime(list.startsAt, list.timeZone);
  const conferenceDay = startsAt.slice(0, 10);
  // A check-in on the conference day shows only the time; one on another day (a wrong tap) shows the date too.
  const present = (date: Date | null) => {
    if (!date) return "";
    const full = formatDateTime(date, list.timeZone);
    return formatDate(date, list.timeZone) === conferenceDay ? full.slice(11) : full;
  };
  const units = new Set(list.rows.map((row) => row.unitName));
  const comingUnits = new Set(list.rows.filter(comes).map((row) => row.unitName));
  return {
    documentTitle: safe(t("attendees.document_title", conference)),
    ...composeDocumentHeader(
      {
        blocName: list.blocName,
        province: list.province,
        leaderUnitName: null,
        date: list.generatedAt,
        timeZone: list.timeZone,
        kind: "attendees",
        signing: list.signing,
      },
      t,
    ),
    title: safe(t("attendees.title", conference)),
    subtitle: safe(t("attendees.subtitle", conference)),
    when: safe(t("attendees.when", { time: startsAt.slice(11), date: conferenceDay })),
    venue: safe(t("attendees.venue", { venue: list.venue })),
    columns: [
      safe(t("attendees.col_index")),
      safe(t("attendees.col_unit")),
      safe(t("attendees.col_name")),
      safe(t("attendees.col_title")),
      safe(t("attendees.col_answer")),
      safe(t("attendees.col_present")),
      safe(t("attendees.col_sign")),
    ],
    rows: list.rows.map((row, i) => ({
      index: i + 1,
      unit: safe(row.unitName),
      name: safe(row.name?.trim() ?? ""),
      title: safe(row.title?.trim() ?? ""),
      answer: safe(answerText(row, t)),
      present: present(row.checkedInAt),
      sign: "",
    })),
    noRows: list.rows.length === 0 ? safe(t("attendees.no_rows")) : null,
    summary: safe(
      t("attendees.summary", {
        units: comingUnits.size,
        total: units.size,
        attendees: list.rows.filter((row) => comes(row) && row.name?.trim()).length,
        present: list.rows.filter((row) => row.checkedInAt !== null).length,
      }),
    ),
    sheetName: safe(t("attendees.sheet_name")),
  };
}
