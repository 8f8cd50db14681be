import type { SheetValue } from "../../../domain/scoring/sheets/sheet-value.js";

const yes = /^(đạt|dat|có|co|yes|y|pass|1|x)$/i;
const no = /^(không đạt|khong dat|không|khong|no|n|fail|0)$/i;
const number = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : null);

// What a person typed for a leaf, by its kind: "đạt"/"không" (pass_fail), points (direct and bound leaves), a
// count (per_occurrence), "result/target" (target), "không giao" for a leaf not assigned. Null: not understood.
export function parseLeafInput(kind: string, bound: boolean, raw: string): SheetValue | null {
  const text = raw.trim();
  if (/^(không giao|khong giao|n\/a|not assigned)$/i.test(text)) return { assigned: false };
  if (bound || kind === "direct") {
    const points = number(text);
    return points === null ? null : { assigned: true, points };
  }
  if (kind === "pass_fail")
    return yes.test(text) ? { assigned: true, passed: true } : no.test(text) ? { assigned: true, passed: false } : null;
  if (kind === "per_occurrence") {
    const count = number(text);
    return count === null ? null : { assigned: true, count };
  }
  if (kind === "target") {
    const [result, target] = text.split("/").map((part) => number(part.trim()));
    return result == null || target == null ? null : { assigned: true, result, target };
  }
  return null;
}

// A value and a reason in one message, as the reviewer types it: "6 Thiếu minh chứng" (or "đạt; lý do").
export function splitValueAndReason(raw: string): { value: string; reason: string } {
  const text = raw.trim();
  const separator = text.indexOf(";");
  if (separator !== -1) return { value: text.slice(0, separator).trim(), reason: text.slice(separator + 1).trim() };
  const space = text.indexOf(" ");
  return space === -1
    ? { value: text, reason: "" }
    : { value: text.slice(0, space), reason: text.slice(space + 1).trim() };
}
