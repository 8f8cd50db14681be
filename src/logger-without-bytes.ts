// File bytes never belong in a log line: a failed sendPhoto once logged a 93 KB line, the PNG as a number array.
// Bytes become their size, and a Bot API request (`on` of telegraf's errors) keeps only its method, at any depth.
const maxDepth = 8;

const isBytes = (value: unknown): value is ArrayBufferView | ArrayBuffer =>
  ArrayBuffer.isView(value) || value instanceof ArrayBuffer;

// A copy: the logged objects (errors, payloads) belong to the caller and are not changed.
export function withoutBytes(value: unknown, depth = 0): unknown {
  if (isBytes(value)) return `[${value.byteLength} bytes]`;
  if (value === null || typeof value !== "object" || depth >= maxDepth) return value;
  if (Array.isArray(value)) return value.map((item) => withoutBytes(item, depth + 1));
  if (value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "on" && item && typeof item === "object" && "method" in item)
      copy[key] = { method: (item as { method: unknown }).method };
    else copy[key] = withoutBytes(item, depth + 1);
  }
  return copy;
}
