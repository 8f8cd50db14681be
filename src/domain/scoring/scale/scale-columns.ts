import { foldText } from "./fold-text.js";

// The columns of a scale sheet. The first five are required; the others carry per-occurrence points, the minimum
// (deductions), the reporting binding and "may be not assigned". Headers are found by name, in any order.
export const scaleColumns = {
  stt: { header: "STT", names: ["stt", "so tt", "code"], required: true },
  title: { header: "Tiêu chí", names: ["tieu chi", "noi dung tieu chi", "criterion"], required: true },
  max: { header: "Điểm tối đa", names: ["diem toi da", "max points"], required: true },
  kind: { header: "Loại", names: ["loai", "kind"], required: true },
  evidence: { header: "Minh chứng", names: ["minh chung", "evidence"], required: true },
  min: { header: "Điểm tối thiểu", names: ["diem toi thieu", "min points"], required: false },
  points: { header: "Điểm mỗi lần", names: ["diem moi lan", "points per occurrence"], required: false },
  late: { header: "Báo cáo trễ", names: ["bao cao tre", "late report"], required: false },
  missing: { header: "Thiếu báo cáo", names: ["thieu bao cao", "missing report"], required: false },
  optional: { header: "Có thể không giao", names: ["co the khong giao", "may be unassigned"], required: false },
} as const;

export type ScaleColumn = keyof typeof scaleColumns;

// Free notes beside the scale are allowed and not read.
const ignored = new Set(["ghi chu", "note", "notes"]);

export type HeaderMatch = { column: ScaleColumn } | { ignored: true } | null;

export function matchScaleHeader(text: string): HeaderMatch {
  const folded = foldText(text);
  if (ignored.has(folded)) return { ignored: true };
  const entry = Object.entries(scaleColumns).find(([, spec]) => (spec.names as readonly string[]).includes(folded));
  return entry ? { column: entry[0] as ScaleColumn } : null;
}
