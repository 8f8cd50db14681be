import { z } from "zod";
import { AudienceSchema } from "../domain/announcements/announcement-draft-schema.js";
import { DraftKindSchema } from "../domain/drafts/draft-kinds.js";

// Button payloads are parsed and re-authorized on every press; they only ever carry ids.
const id = z.string().regex(/^[a-z0-9]{10,40}$/);
// A clause of a draft ("d3", "c2-d7"), or "g" for a general comment.
const clauseId = z.string().regex(/^[a-z0-9-]{1,24}$/);

export const CallbackDataSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lang"), locale: z.enum(["vi", "en"]) }),
  z.object({ kind: z.literal("invite_unit"), unitId: z.union([id, z.literal("board")]) }),
  z.object({ kind: z.literal("invite_role"), unitId: id, role: z.enum(["signatory", "liaison"]) }),
  z.object({ kind: z.literal("member_remove"), membershipId: id }),
  z.object({ kind: z.literal("member_remove_confirm"), membershipId: id }),
  z.object({ kind: z.literal("dismiss") }),
  z.object({ kind: z.literal("announce_no_file") }),
  z.object({ kind: z.literal("announce_audience"), audience: AudienceSchema }),
  z.object({ kind: z.literal("announce_unit"), unitId: id }),
  z.object({ kind: z.literal("announce_units_done") }),
  z.object({ kind: z.literal("announce_send"), pin: z.enum(["0", "1"]) }),
  z.object({ kind: z.literal("announce_cancel") }),
  z.object({ kind: z.literal("announce_ack"), announcementId: id }),
  z.object({ kind: z.literal("announce_view"), announcementId: id }),
  z.object({ kind: z.literal("announce_follow_up"), announcementId: id }),
  z.object({ kind: z.literal("flow_cancel") }),
  z.object({ kind: z.literal("draft_kind"), draftKind: DraftKindSchema }),
  z.object({ kind: z.literal("draft_create") }),
  z.object({ kind: z.literal("draft_comment"), draftId: id }),
  z.object({ kind: z.literal("draft_clause"), draftId: id, clauseId: clauseId }),
  z.object({ kind: z.literal("draft_no_comments"), draftId: id }),
  z.object({ kind: z.literal("draft_mine"), draftId: id }),
  z.object({ kind: z.literal("comment_edit"), commentId: id }),
  z.object({ kind: z.literal("comment_withdraw"), commentId: id }),
  z.object({ kind: z.literal("draft_view"), draftId: id }),
  z.object({ kind: z.literal("comment_respond"), commentId: id, response: z.enum(["accepted", "explained"]) }),
  z.object({ kind: z.literal("draft_export"), draftId: id, format: z.enum(["docx", "xlsx"]) }),
  z.object({ kind: z.literal("draft_extend"), draftId: id }),
  z.object({ kind: z.literal("draft_upload"), draftId: id }),
  z.object({ kind: z.literal("draft_final"), draftId: id }),
  z.object({ kind: z.literal("draft_skip_note") }),
  z.object({ kind: z.literal("draft_reminders"), draftId: id }),
  z.object({ kind: z.literal("signing_source"), versionId: id }),
  z.object({ kind: z.literal("signing_upload") }),
  z.object({ kind: z.literal("signing_no_deadline") }),
  z.object({ kind: z.literal("signing_open") }),
  z.object({ kind: z.literal("sign"), roundId: id }),
  z.object({ kind: z.literal("sign_confirm"), roundId: id }),
  z.object({ kind: z.literal("signing_delegate"), roundId: id }),
  z.object({ kind: z.literal("signing_delegate_to"), roundId: id, personId: id }),
  z.object({ kind: z.literal("signing_void"), roundId: id }),
]);

export type CallbackData = z.infer<typeof CallbackDataSchema>;

const codes = {
  lang: "l",
  invite_unit: "iu",
  invite_role: "ir",
  member_remove: "mr",
  member_remove_confirm: "mc",
  dismiss: "x",
  announce_no_file: "af",
  announce_audience: "aa",
  announce_unit: "au",
  announce_units_done: "ad",
  announce_send: "as",
  announce_cancel: "ac",
  announce_ack: "ak",
  announce_view: "av",
  announce_follow_up: "aq",
  flow_cancel: "fc",
  draft_kind: "dk",
  draft_create: "dg",
  draft_comment: "dc",
  draft_clause: "dl",
  draft_no_comments: "dn",
  draft_mine: "dm",
  comment_edit: "ce",
  comment_withdraw: "cw",
  draft_view: "dv",
  comment_respond: "cr",
  draft_export: "dx",
  draft_extend: "de",
  draft_upload: "du",
  draft_final: "df",
  draft_skip_note: "ds",
  draft_reminders: "dr",
  signing_source: "so",
  signing_upload: "su",
  signing_no_deadline: "sn",
  signing_open: "sa",
  sign: "sg",
  sign_confirm: "sc",
  signing_delegate: "sd",
  signing_delegate_to: "sp",
  signing_void: "sv",
} as const satisfies Record<CallbackData["kind"], string>;

const fieldOrder: { [K in CallbackData["kind"]]: Exclude<keyof Extract<CallbackData, { kind: K }>, "kind">[] } = {
  lang: ["locale"],
  invite_unit: ["unitId"],
  invite_role: ["unitId", "role"],
  member_remove: ["membershipId"],
  member_remove_confirm: ["membershipId"],
  dismiss: [],
  announce_no_file: [],
  announce_audience: ["audience"],
  announce_unit: ["unitId"],
  announce_units_done: [],
  announce_send: ["pin"],
  announce_cancel: [],
  announce_ack: ["announcementId"],
  announce_view: ["announcementId"],
  announce_follow_up: ["announcementId"],
  flow_cancel: [],
  draft_kind: ["draftKind"],
  draft_create: [],
  draft_comment: ["draftId"],
  draft_clause: ["draftId", "clauseId"],
  draft_no_comments: ["draftId"],
  draft_mine: ["draftId"],
  comment_edit: ["commentId"],
  comment_withdraw: ["commentId"],
  draft_view: ["draftId"],
  comment_respond: ["commentId", "response"],
  draft_export: ["draftId", "format"],
  draft_extend: ["draftId"],
  draft_upload: ["draftId"],
  draft_final: ["draftId"],
  draft_skip_note: [],
  draft_reminders: ["draftId"],
  signing_source: ["versionId"],
  signing_upload: [],
  signing_no_deadline: [],
  signing_open: [],
  sign: ["roundId"],
  sign_confirm: ["roundId"],
  signing_delegate: ["roundId"],
  signing_delegate_to: ["roundId", "personId"],
  signing_void: ["roundId"],
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
