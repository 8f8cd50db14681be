import type { Telegram } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import { describeSendError } from "../delivery/classify-send-error.js";
import { scrubSecrets, type Logger } from "../logger.js";

export class BotIdentityError extends Error {}

// Telegram may be briefly unreachable while the server boots: getMe is retried for about a minute, each retry one
// readable line (the reason, the attempt, the wait; no stack). A token Telegram rejects stops at once.
export async function fetchBotIdentity(telegram: Telegram, logger: Logger, attempts = 6): Promise<UserFromGetMe> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await telegram.getMe();
    } catch (error) {
      const status = (error as { response?: { error_code?: number } }).response?.error_code;
      const reason = scrubSecrets(describeSendError(error));
      if (status === 401 || status === 404) throw new BotIdentityError(`Telegram rejected BOT_TOKEN (${reason})`);
      if (attempt >= attempts) throw new BotIdentityError(`cannot reach Telegram (${reason})`);
      const delayMs = Math.min(1000 * 2 ** (attempt - 1), 16_000);
      logger.warn(
        { attempt, of: attempts, delayMs, reason },
        `cannot reach Telegram yet (${reason}); attempt ${attempt + 1} of ${attempts} in ${delayMs / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
