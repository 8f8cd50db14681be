import { Context } from "telegraf";
import type { Locale } from "../config/env-schema.js";
import type { Actor } from "../domain/people/load-actor.js";
import type { Translate } from "../i18n/translator.js";
import type { Logger } from "../logger.js";

// Filled by the context middleware before any handler runs.
export class BotContext extends Context {
  actor!: Actor;
  locale!: Locale;
  t!: Translate;
  log!: Logger;
}
