import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";
import type { Translate } from "../i18n/translator.js";

export type { Translate } from "../i18n/translator.js";

export type AttendeeAnswer = "attending" | "deputy" | "absent" | "none";

// One attendee; a unit that is absent or has not answered gets one row with `name` null.
export type AttendeeRow = {
  unitName: string;
  answer: AttendeeAnswer;
  name: string | null;
  title: string | null;
  reason: string | null;
  checkedInAt: Date | null;
};

// The conference attendee list (danh sách đại biểu), rows already in the order they are shown.
export type AttendeeList = {
  blocName: string;
  province: string;
  conferenceTitle: string;
  startsAt: Date;
  venue: string;
  // Times and the date line are in this zone (Asia/Ho_Chi_Minh), never the server's.
  timeZone: string;
  generatedAt: Date;
  rows: AttendeeRow[];
  signing: DocumentSigning;
};

export type BuildAttendeeList = (list: AttendeeList, t: Translate) => Promise<Buffer>;
