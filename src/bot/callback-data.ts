import { z } from "zod";

// Button payloads are parsed and re-authorized on every press; they only ever carry ids.
const id = z.string().regex(/^[a-z0-9]{10,40}$/);

export const CallbackDataSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lang"), locale: z.enum(["vi", "en"]) }),
  z.object({ kind: z.literal("invite_unit"), unitId: z.union([id, z.literal("board")]) }),
  z.object({ kind: z.literal("invite_role"), unitId: id, role: z.enum(["signatory", "liaison"]) }),
  z.object({ kind: z.literal("member_remove"), membershipId: id }),
  z.object({ kind: z.literal("member_remove_confirm"), membershipId: id }),
  z.object({ kind: z.literal("dismiss") }),
]);

export type CallbackData = z.infer<typeof CallbackDataSchema>;

const codes = {
  lang: "l",
  invite_unit: "iu",
  invite_role: "ir",
  member_remove: "mr",
  member_remove_confirm: "mc",
  dismiss: "x",
} as const satisfies Record<CallbackData["kind"], string>;

const fieldOrder: { [K in CallbackData["kind"]]: Exclude<keyof Extract<CallbackData, { kind: K }>, "kind">[] } = {
  lang: ["locale"],
  invite_unit: ["unitId"],
  invite_role: ["unitId", "role"],
  member_remove: ["membershipId"],
  member_remove_confirm: ["membershipId"],
  dismiss: [],
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
