// Turns a Bot API failure into what the sender should do about it.
export type SendErrorAction =
  | { kind: "throttle"; retryAfterMs: number }
  | { kind: "retry" }
  | { kind: "unreachable" }
  | { kind: "migrate"; toChatId: number }
  | { kind: "fail" };

type TelegramLikeError = {
  code?: unknown;
  response?: {
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  };
};

export function classifySendError(error: unknown): SendErrorAction {
  const response = (error as TelegramLikeError)?.response;
  const status = response?.error_code;
  if (status === undefined) return { kind: "retry" }; // network error, timeout, dropped connection
  if (status === 429)
    return { kind: "throttle", retryAfterMs: Math.max(1, response?.parameters?.retry_after ?? 1) * 1000 };
  if (status >= 500) return { kind: "retry" };
  if (status === 403) return { kind: "unreachable" };
  if (status === 400 && response?.parameters?.migrate_to_chat_id)
    return { kind: "migrate", toChatId: response.parameters.migrate_to_chat_id };
  if (status === 400 && /chat not found|user is deactivated|bot was kicked/i.test(response?.description ?? ""))
    return { kind: "unreachable" };
  return { kind: "fail" };
}

export function describeSendError(error: unknown): string {
  const answer = describeTelegramAnswer(error);
  if (answer) return answer;
  return error instanceof Error ? error.message : String(error);
}

// Telegram's own answer to a refused call ("403: Forbidden: bot was blocked by the user"), or null for anything else
// (a network error, a bug), which deserves its stack trace in the log.
export function describeTelegramAnswer(error: unknown): string | null {
  const response = (error as TelegramLikeError)?.response;
  return response?.error_code ? `${response.error_code}: ${response.description ?? ""}`.trim() : null;
}
