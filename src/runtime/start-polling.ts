import type { Telegraf } from "telegraf";
import type { Logger } from "../logger.js";
import type { BotContext } from "../bot/bot-context.js";

export type Runtime = { stop: (reason: string) => Promise<void> };

export async function startPolling(bot: Telegraf<BotContext>, logger: Logger): Promise<Runtime> {
  // launch() resolves only when polling ends, so it is not awaited; onLaunch tells us it started.
  await new Promise<void>((resolve, reject) => {
    bot.launch({ allowedUpdates: ["message", "callback_query", "my_chat_member"] }, () => resolve()).catch(reject);
  });
  logger.info({ username: bot.botInfo?.username }, "polling started");
  return {
    stop: async (reason) => {
      bot.stop(reason);
    },
  };
}
