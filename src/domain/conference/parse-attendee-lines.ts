import { DomainError } from "../domain-error.js";
import { maxAttendeesPerUnit, type Attendee } from "./conference-schemas.js";

// A list bullet or number at the start of a line ("• ", "- ", "1. ", "2) "), which is not part of the name.
const bullet = /^(?:[•*+·]\s*|-\s+|\d{1,2}[.)]\s+)/u;
// The first en dash, em dash, hyphen or comma separates the name from the title.
const separator = /\s*[–—,-]\s*/u;

// One person per line, "Họ tên – Chức vụ" ("–", "-" or "," between them). A bad line refuses the whole list,
// naming the line, so nothing half-right is saved.
export function parseAttendeeLines(text: string): Attendee[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) throw new DomainError("conference.error_no_lines");
  if (lines.length > maxAttendeesPerUnit)
    throw new DomainError("conference.error_too_many_lines", { max: maxAttendeesPerUnit });
  return lines.map((raw, index) => {
    const line = raw.replace(bullet, "");
    const match = separator.exec(line);
    const name = match ? line.slice(0, match.index).trim() : "";
    const title = match ? line.slice(match.index + match[0].length).trim() : "";
    const letters = /\p{L}/u;
    if (!match || !letters.test(name) || !letters.test(title) || name.length > 100 || title.length > 150) {
      throw new DomainError("conference.error_bad_line", {
        number: index + 1,
        line: raw.length > 80 ? `${raw.slice(0, 79)}…` : raw,
      });
    }
    return { name: name.replace(/\s+/g, " "), title: title.replace(/\s+/g, " ") };
  });
}
