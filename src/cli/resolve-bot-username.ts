import { Telegram } from "telegraf";
import type { CliConfig } from "../config/env-schema.js";

// Invite links need the bot's @username: BOT_USERNAME if set, otherwise ask Telegram (getMe).
export async function resolveBotUsername(config: CliConfig): Promise<string> {
  if (config.BOT_USERNAME) return config.BOT_USERNAME;
  if (!config.BOT_TOKEN)
    throw new CliError("Set BOT_USERNAME (or BOT_TOKEN so the bot's username can be looked up) to print invite links.");
  try {
    const me = await new Telegram(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }).getMe();
    if (!me.username) throw new Error("getMe returned no username");
    return me.username;
  } catch (error) {
    throw new CliError(
      `Could not ask Telegram for the bot's username (${(error as Error).message}); set BOT_USERNAME.`,
    );
  }
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
