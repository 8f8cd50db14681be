import type { Telegram } from "telegraf";
import { DomainError } from "../domain/domain-error.js";

// Telegram serves files to bots up to 20 MB; the size is checked before and while downloading.
export async function downloadFile(
  telegram: Telegram,
  options: { fileId: string; maxBytes: number; timeoutMs?: number },
): Promise<Buffer> {
  const link = await telegram.getFileLink(options.fileId);
  const response = await fetch(link, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
  if (!response.ok || !response.body) throw new Error(`file download failed: HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > options.maxBytes)
    throw new DomainError("files.error_too_big", { max: Math.round(options.maxBytes / 1024 / 1024) });
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.byteLength;
    if (size > options.maxBytes) {
      await reader.cancel();
      throw new DomainError("files.error_too_big", { max: Math.round(options.maxBytes / 1024 / 1024) });
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
