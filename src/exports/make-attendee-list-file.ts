import type { AttendeeList } from "../documents/attendee-list.js";
import { buildAttendeeListXlsx } from "../documents/build-attendee-list-xlsx.js";
import type { AttendeeListData } from "../domain/conference/get-attendee-list-data.js";
import type { Translate } from "../i18n/translator.js";
import type { ExportFile } from "./make-synthesis-files.js";

const mimeTypes = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

function asciiSlug(text: string): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  return (
    ascii
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50)
      .toLowerCase() || "hoi-nghi"
  );
}

// The attendee list (danh sách đại biểu) as a Word or Excel file named after the conference, times in the bloc's zone.
export async function makeAttendeeListFile(
  data: AttendeeListData,
  options: { format: "docx" | "xlsx"; t: Translate; timeZone: string; now: Date },
): Promise<ExportFile> {
  const list: AttendeeList = {
    blocName: data.blocName,
    province: data.province,
    conferenceTitle: data.conferenceTitle,
    startsAt: data.startsAt,
    venue: data.venue,
    timeZone: options.timeZone,
    generatedAt: options.now,
    rows: data.rows,
    signing: data.signing,
  };
  // The Word library is loaded by the first Word file (load-on-first-use.ts).
  const { buildAttendeeListDocx } = await import("../documents/build-attendee-list-docx.js");
  const bytes =
    options.format === "docx"
      ? await buildAttendeeListDocx(list, options.t)
      : await buildAttendeeListXlsx(list, options.t);
  return {
    name: `danh-sach-dai-bieu-${asciiSlug(data.conferenceTitle)}.${options.format}`,
    mimeType: mimeTypes[options.format],
    bytes,
  };
}
