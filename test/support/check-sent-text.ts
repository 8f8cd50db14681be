import { readFileSync } from "node:fs";

// Every text the bot shows a person — replies, edits, captions, alerts, button labels, queued messages — is checked
// as it goes out, in every test that drives the bot: no unfilled {{placeholder}}, no raw locale key, no
// "undefined", "NaN" or "[object Object]", nothing over Telegram's limits. A test that produced one fails in its
// afterEach (test/support/assert-clean-texts.ts), naming the text.
const keys = Object.keys(JSON.parse(readFileSync(new URL("../../locales/vi.json", import.meta.url), "utf8")));
const keyPattern = new RegExp(`(^|[^\\w.])(${keys.map((k) => k.replace(/\./g, "\\.")).join("|")})(?![\\w.])`);
const problems: string[] = [];

const textLimits: Record<string, number> = { text: 4096, caption: 1024 };

function check(where: string, text: unknown, limit?: number): void {
  if (typeof text !== "string") return;
  const found: string[] = [];
  if (/\{\{/.test(text)) found.push("an unfilled {{placeholder}}");
  if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) found.push("undefined/NaN/[object Object]");
  const key = keyPattern.exec(text);
  if (key) found.push(`the raw locale key ${key[2]}`);
  if (limit && text.length > limit) found.push(`${text.length} characters (limit ${limit})`);
  if (found.length > 0) problems.push(`${where}: ${found.join(", ")} in «${text.slice(0, 200)}»`);
}

export function checkSentText(method: string, payload: Record<string, unknown>): void {
  for (const [field, limit] of Object.entries(textLimits)) check(`${method}.${field}`, payload[field], limit);
  if (method === "answerCallbackQuery") check(`${method}.text`, payload.text, 200);
  let markup = payload.reply_markup;
  if (typeof markup === "string") markup = JSON.parse(markup);
  const rows = (markup as { inline_keyboard?: { text?: unknown; callback_data?: unknown }[][] })?.inline_keyboard;
  for (const button of rows?.flat() ?? []) {
    check(`${method}.button`, button.text);
    if (typeof button.callback_data === "string" && Buffer.byteLength(button.callback_data) > 64)
      problems.push(`${method}.button: callback_data over 64 bytes: ${button.callback_data}`);
  }
}

export function takeTextProblems(): string[] {
  return problems.splice(0);
}
