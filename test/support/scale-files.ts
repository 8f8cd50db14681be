import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import YAML from "yaml";
import type { ScaleFile, ScaleFileNode } from "../../src/domain/scoring/scale/scale-file-schema.js";

export const khoi1000File = "fixtures/scales/khoi-1000.yaml";
export const soNganh100File = "fixtures/scales/so-nganh-100.yaml";

export const readScaleFixture = (file: string) => YAML.parse(readFileSync(file, "utf8")) as ScaleFile;
export const yamlSource = (data: unknown, name = "thang-diem.yaml") => ({
  name,
  bytes: Buffer.from(YAML.stringify(data)),
});

const kindNames: Record<string, string> = {
  pass_fail: "Đạt/không đạt",
  direct: "Trực tiếp",
  per_occurrence: "Theo lần",
  target: "Chỉ tiêu",
};
const stt = (code: string, depth: number) => (depth <= 2 ? `${code}.` : depth === 3 ? `${code})` : code);

export const defaultScaleColumns = [
  "STT",
  "Tiêu chí",
  "Điểm tối đa",
  "Loại",
  "Minh chứng",
  "Điểm tối thiểu",
  "Điểm mỗi lần",
  "Báo cáo trễ",
  "Thiếu báo cáo",
  "Có thể không giao",
];

function rowOf(node: ScaleFileNode, depth: number): Record<string, unknown> {
  return {
    STT: stt(node.code, depth),
    "Tiêu chí": node.title,
    "Điểm tối đa": node.max,
    Loại: node.bonus ? "Điểm thưởng" : node.kind ? kindNames[node.kind] : "",
    "Minh chứng": node.evidence ?? "",
    "Điểm tối thiểu": node.min,
    "Điểm mỗi lần": node.points,
    "Báo cáo trễ": node.reporting?.late,
    "Thiếu báo cáo": node.reporting?.missing,
    "Có thể không giao": node.optional ? "x" : "",
  };
}

// The sheet a leader would send for a scale file: a title row, the header (in `columns` order), one row per
// criterion and the "Tổng cộng" row.
export async function buildScaleXlsx(
  file: ScaleFile,
  options: { columns?: string[]; rows?: Record<string, unknown>[] } = {},
): Promise<Buffer> {
  const columns = options.columns ?? defaultScaleColumns;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Thang điểm");
  sheet.addRow([file.title ?? ""]);
  sheet.addRow(columns);
  const rows: Record<string, unknown>[] = [];
  const walk = (nodes: ScaleFileNode[], depth: number) => {
    for (const node of nodes) {
      rows.push(rowOf(node, depth));
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(file.criteria, 1);
  for (const row of [...rows, ...(options.rows ?? [])]) sheet.addRow(columns.map((c) => row[c] ?? null));
  sheet.addRow(columns.map((c) => (c === "Tiêu chí" ? "Tổng cộng" : c === "Điểm tối đa" ? file.totalMax : null)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
