import type { FaultReply, Json } from "./types.js";

/** A Bot API failure: thrown by method handlers, turned into `{ok:false, error_code, description, parameters}`. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: Json,
    /** HTTP status; the Bot API uses the error code, except where a test wants them to differ. */
    readonly status: number = errorCode,
  ) {
    super(`${errorCode}: ${description}`);
    this.name = "ApiError";
  }

  body(): Json {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (what: string, parameters?: Json) => new ApiError(400, `Bad Request: ${what}`, parameters);
export const forbidden = (what: string) => new ApiError(403, `Forbidden: ${what}`);

const SERVER_ERROR_TEXT: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The error a scripted fault answers with; `undefined` for the kinds that are not an answer (slow, drop). */
export function faultError(reply: FaultReply): ApiError | undefined {
  switch (reply.kind) {
    case "429":
      return new ApiError(429, `Too Many Requests: retry after ${reply.retryAfter}`, { retry_after: reply.retryAfter });
    case "403":
      return new ApiError(403, reply.description ?? "Forbidden: bot was blocked by the user");
    case "400":
      return new ApiError(400, reply.description ?? "Bad Request: chat not found");
    case "migrate":
      return badRequest("group chat was upgraded to a supergroup chat", { migrate_to_chat_id: reply.migrateToChatId });
    case "5xx": {
      const status = reply.status ?? 500;
      return new ApiError(status, SERVER_ERROR_TEXT[status] ?? "Internal Server Error");
    }
    case "slow":
    case "drop":
      return undefined;
  }
}
