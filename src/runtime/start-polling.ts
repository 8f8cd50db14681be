import { performance } from "node:perf_hooks";
import type { Telegraf } from "telegraf";
import type { Logger } from "../logger.js";
import type { BotContext } from "../bot/bot-context.js";

export type Runtime = { stop: (reason: string) => Promise<void> };

// Exit code of a poller refused because another one polls with the same token (EX_CONFIG: restarting cannot
// help; deploy/khoi.service does not restart on it).
export const pollingConflictExitCode = 78;

export class PollingConflictError extends Error {
  constructor() {
    super(
      "another bot process is already polling Telegram with this token: stop it first, or run several replicas in webhook mode",
    );
    this.name = "PollingConflictError";
  }
}

export type PollingOptions = {
  // Polling has ended for good (a conflict, or an error telegraf does not retry): the process should stop.
  onStopped: (error: Error) => void;
  // A 409 this soon after starting means this process is the newcomer: it gives way. Later, another process
  // has just started: this one polls again after `retryMs`, which ends the newcomer's poll with a 409 in turn,
  // well inside the newcomer's window. Two processes started together: the first to get a 409 gives way.
  newcomerWindowMs?: number;
  retryMs?: number;
};

const isConflict = (error: unknown) => (error as { response?: { error_code?: number } })?.response?.error_code === 409;

// Telegram gives each bot one getUpdates at a time: a second one ends the first with 409 Conflict. telegraf stops
// polling on it silently (the process would keep running, deaf); here the newcomer stops with a clear error and
// the established poller carries on.
export async function startPolling(
  bot: Telegraf<BotContext>,
  logger: Logger,
  options: PollingOptions,
): Promise<Runtime> {
  const newcomerWindowMs = options.newcomerWindowMs ?? 5_000;
  const retryMs = options.retryMs ?? 1_000;
  const startedAt = performance.now();
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const ended = (error: unknown) => {
    if (stopped) return;
    if (isConflict(error) && performance.now() - startedAt >= newcomerWindowMs) {
      logger.warn({ retryMs }, "another process polled with this bot's token; polling again");
      retry = setTimeout(() => void launch().catch(ended), retryMs);
      return;
    }
    stopped = true;
    options.onStopped(isConflict(error) ? new PollingConflictError() : (error as Error));
  };
  // launch() resolves only when polling ends, so it is not awaited; onLaunch tells us it started. An error after
  // that is the end of polling.
  const launch = () =>
    new Promise<void>((resolve, reject) => {
      let launched = false;
      const allowedUpdates = ["message", "callback_query", "my_chat_member"] as const;
      bot
        .launch({ allowedUpdates: [...allowedUpdates] }, () => {
          launched = true;
          resolve();
        })
        .catch((error: unknown) => (launched ? ended(error) : reject(error)));
    });

  await launch();
  logger.info({ username: bot.botInfo?.username }, "polling started");
  return {
    stop: async (reason) => {
      stopped = true;
      clearTimeout(retry);
      bot.stop(reason);
    },
  };
}
