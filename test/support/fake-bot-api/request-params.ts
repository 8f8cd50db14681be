import type { IncomingMessage } from "node:http";
import { ApiError, badRequest } from "./api-error.js";
import { guessMimeType } from "./mime-types.js";
import type { Json } from "./types.js";

export type Upload = { fileName: string; mimeType: string; bytes: Buffer };

export type RequestParams = {
  params: Json;
  /** Multipart file parts by field name; a field may also point at one with "attach://name". */
  uploads: Map<string, Upload>;
};

// Form and query values arrive as strings; the Bot API reads these fields as numbers, booleans or JSON.
const INTEGER_FIELDS = new Set([
  "chat_id",
  "from_chat_id",
  "message_id",
  "reply_to_message_id",
  "message_thread_id",
  "user_id",
  "offset",
  "limit",
  "timeout",
  "cache_time",
  "until_date",
  "max_connections",
]);
const BOOLEAN_FIELD = /^(disable_|protect_|is_|show_|drop_|can_|only_|allow_|has_|revoke_|supports_)/;
const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "allowed_updates",
  "commands",
  "scope",
  "link_preview_options",
  "reply_parameters",
  "message_ids",
  "media",
]);

export async function readParams(req: IncomingMessage, url: URL): Promise<RequestParams> {
  const uploads = new Map<string, Upload>();
  const fields: Json = {};
  for (const [key, value] of url.searchParams) fields[key] = coerceFormValue(key, value);

  const body = await readBody(req);
  const contentType = (req.headers["content-type"] ?? "").toLowerCase();
  if (body.length === 0) return { params: fields, uploads };

  if (contentType.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw badRequest("can't parse JSON object");
    return { params: { ...fields, ...(parsed as Json) }, uploads };
  }

  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) fields[key] = coerceFormValue(key, value);
    return { params: fields, uploads };
  }

  if (contentType.startsWith("multipart/form-data")) {
    // undici's parser copes with what telegraf sends: no space after "content-disposition:", no part
    // content-type, no CRLF after the closing boundary, raw UTF-8 file names.
    let form: FormData;
    try {
      form = await new Response(Uint8Array.from(body), {
        headers: { "content-type": req.headers["content-type"] ?? "" },
      }).formData();
    } catch (error) {
      throw badRequest(`can't parse multipart/form-data: ${(error as Error).message}`);
    }
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, key) => entries.push([key, value]));
    for (const [key, value] of entries) {
      if (typeof value === "string") {
        fields[key] = coerceFormValue(key, value);
      } else {
        const fileName = value.name;
        // A part without its own content-type comes back as text/plain; Telegram goes by the file name then.
        const declared = value.type && value.type !== "text/plain" ? value.type : undefined;
        const upload = {
          fileName,
          mimeType: declared ?? guessMimeType(fileName),
          bytes: Buffer.from(await value.arrayBuffer()),
        };
        uploads.set(key, upload);
        fields[key] = { upload: true, fileName: upload.fileName, mimeType: upload.mimeType, size: upload.bytes.length };
      }
    }
    return { params: fields, uploads };
  }

  throw new ApiError(400, `Bad Request: unsupported content-type ${contentType || "(none)"}`);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function coerceFormValue(key: string, value: string): unknown {
  if (INTEGER_FIELDS.has(key) && /^-?\d{1,16}$/.test(value)) return Number(value);
  if (BOOLEAN_FIELD.test(key) && (value === "true" || value === "false")) return value === "true";
  if (JSON_FIELDS.has(key) && /^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw badRequest(
        key === "reply_markup" ? "can't parse reply keyboard markup JSON object" : `can't parse ${key} JSON`,
      );
    }
  }
  return value;
}
