import { z } from "zod";
import { ReminderTargetSchema, RsvpAnswerSchema } from "../domain/conference/conference-schemas.js";

// Button payloads are parsed and re-authorized on every press; they only ever carry ids.
const id = z.string().regex(/^[a-z0-9]{10,40}$/);

export const CallbackDataSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("invite_unit"), unitId: z.union([id, z.literal("board")]) }),
  z.object({ kind: z.literal("invite_role"), unitId: id, role: z.enum(["signatory", "liaison"]) }),
  z.object({ kind: z.literal("member_remove"), membershipId: id }),
  z.object({ kind: z.literal("member_remove_confirm"), membershipId: id }),
  z.object({ kind: z.literal("conference_skip"), step: z.enum(["agenda", "chair"]) }),
  z.object({ kind: z.literal("conference_create") }),
  z.object({ kind: z.literal("conference_new") }),
  z.object({ kind: z.literal("conference_rsvp"), conferenceId: id, answer: RsvpAnswerSchema }),
  z.object({ kind: z.literal("conference_check_in"), conferenceId: id }),
  z.object({ kind: z.literal("conference_mark"), conferenceId: id }),
  z.object({ kind: z.literal("conference_mark_unit"), conferenceId: id, unitId: id }),
  z.object({ kind: z.literal("conference_export"), conferenceId: id, format: z.enum(["docx", "xlsx"]) }),
  z.object({ kind: z.literal("conference_edit"), conferenceId: id, field: z.enum(["time", "venue"]) }),
  z.object({ kind: z.literal("conference_reminders"), conferenceId: id, target: ReminderTargetSchema }),
  z.object({ kind: z.literal("conference_cancel"), conferenceId: id }),
  z.object({ kind: z.literal("conference_minutes"), conferenceId: id }),
  z.object({ kind: z.literal("conference_minutes_get"), conferenceId: id }),
  z.object({ kind: z.literal("conference_history"), conferenceId: id }),
]);

export type CallbackData = z.infer<typeof CallbackDataSchema>;

const codes = {
  invite_unit: "iu",
  invite_role: "ir",
  member_remove: "mr",
  member_remove_confirm: "mc",
  conference_skip: "hs",
  conference_create: "hc",
  conference_new: "hw",
  conference_rsvp: "hr",
  conference_check_in: "hi",
  conference_mark: "hm",
  conference_mark_unit: "hu",
  conference_export: "hx",
  conference_edit: "he",
  conference_reminders: "hn",
  conference_cancel: "hk",
  conference_minutes: "hb",
  conference_minutes_get: "hg",
  conference_history: "hh",
} as const satisfies Record<CallbackData["kind"], string>;

const fieldOrder: { [K in CallbackData["kind"]]: Exclude<keyof Extract<CallbackData, { kind: K }>, "kind">[] } = {
  invite_unit: ["unitId"],
  invite_role: ["unitId", "role"],
  member_remove: ["membershipId"],
  member_remove_confirm: ["membershipId"],
  conference_skip: ["step"],
  conference_create: [],
  conference_new: [],
  conference_rsvp: ["conferenceId", "answer"],
  conference_check_in: ["conferenceId"],
  conference_mark: ["conferenceId"],
  conference_mark_unit: ["conferenceId", "unitId"],
  conference_export: ["conferenceId", "format"],
  conference_edit: ["conferenceId", "field"],
  conference_reminders: ["conferenceId", "target"],
  conference_cancel: ["conferenceId"],
  conference_minutes: ["conferenceId"],
  conference_minutes_get: ["conferenceId"],
  conference_history: ["conferenceId"],
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
