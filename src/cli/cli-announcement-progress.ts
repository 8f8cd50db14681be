import { Telegram } from "telegraf";
import { encodeMessageAction } from "../bot/encode-message-action.js";
import type { CliConfig } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { createProgressMessage } from "../delivery/create-progress-message.js";
import type { Clock } from "../domain/clock.js";
import { createTranslator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { createAnnouncementProgressJob } from "../scheduler/announcement-progress-job.js";

// `jobs run` edits progress messages itself when it has BOT_TOKEN. Without one the job does nothing (see
// createAnnouncementProgressJob): the running bot completes the broadcasts and shows them done.
export function cliAnnouncementProgress(options: { db: Db; config: CliConfig; logger: Logger; clock: Clock }) {
  const { db, config, logger } = options;
  const show = config.BOT_TOKEN
    ? createProgressMessage({
        db,
        telegram: new Telegram(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }),
        translator: createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }),
        defaultLocale: config.DEFAULT_LOCALE,
        logger,
        encodeAction: encodeMessageAction,
      })
    : undefined;
  return createAnnouncementProgressJob({ db, show, clock: options.clock, logger });
}
