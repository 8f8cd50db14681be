import { z } from "zod";
import { RecurrenceSchema } from "../domain/reports/due-rule.js";

// What a leader can change on an obligation, one field per button.
export const ReportFieldSchema = z.enum(["name", "due", "reminders", "escalations", "units", "cutoff"]);

// Button payloads are parsed and re-authorized on every press; they only ever carry ids.
const id = z.string().regex(/^[a-z0-9]{10,40}$/);

export const CallbackDataSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("report_submit"), periodId: id }),
  z.object({ kind: z.literal("report_view"), obligationId: id }),
  z.object({ kind: z.literal("report_period"), periodId: id }),
  z.object({ kind: z.literal("report_new") }),
  z.object({ kind: z.literal("report_recurrence"), recurrence: RecurrenceSchema }),
  z.object({ kind: z.literal("report_units_all") }),
  z.object({ kind: z.literal("report_unit"), unitId: id }),
  z.object({ kind: z.literal("report_units_done") }),
  z.object({ kind: z.literal("report_default_reminders") }),
  z.object({ kind: z.literal("report_create") }),
  z.object({ kind: z.literal("report_edit"), obligationId: id, field: ReportFieldSchema }),
  z.object({ kind: z.literal("report_toggle"), obligationId: id }),
  z.object({ kind: z.literal("report_shift"), obligationId: id }),
  z.object({ kind: z.literal("compliance_export"), year: z.string().regex(/^20\d\d$/) }),
]);

export type CallbackData = z.infer<typeof CallbackDataSchema>;

const codes = {
  report_submit: "rs",
  report_view: "rv",
  report_period: "rp",
  report_new: "rn",
  report_recurrence: "rr",
  report_units_all: "ra",
  report_unit: "ru",
  report_units_done: "rd",
  report_default_reminders: "rm",
  report_create: "rc",
  report_edit: "re",
  report_toggle: "rt",
  report_shift: "rh",
  compliance_export: "cx",
} as const satisfies Record<CallbackData["kind"], string>;

const fieldOrder: { [K in CallbackData["kind"]]: Exclude<keyof Extract<CallbackData, { kind: K }>, "kind">[] } = {
  report_submit: ["periodId"],
  report_view: ["obligationId"],
  report_period: ["periodId"],
  report_new: [],
  report_recurrence: ["recurrence"],
  report_units_all: [],
  report_unit: ["unitId"],
  report_units_done: [],
  report_default_reminders: [],
  report_create: [],
  report_edit: ["obligationId", "field"],
  report_toggle: ["obligationId"],
  report_shift: ["obligationId"],
  compliance_export: ["year"],
};

export function encodeCallback(data: CallbackData): string {
  const fields = (fieldOrder[data.kind] as string[]).map((field) => String((data as Record<string, unknown>)[field]));
  return [codes[data.kind], ...fields].join(":");
}

export function decodeCallback(raw: string): CallbackData | null {
  const [code, ...values] = raw.split(":");
  const kind = (Object.keys(codes) as CallbackData["kind"][]).find((k) => codes[k] === code);
  if (!kind) return null;
  const fields = fieldOrder[kind] as string[];
  if (values.length !== fields.length) return null;
  const parsed = CallbackDataSchema.safeParse({ kind, ...Object.fromEntries(fields.map((f, i) => [f, values[i]])) });
  return parsed.success ? parsed.data : null;
}
