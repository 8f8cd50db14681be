import type { Telegraf } from "telegraf";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { decodeCallback } from "../callback-data.js";
import { handleReportButton, isReportCallback } from "./reports.js";

// One router for every button; unknown or malformed data is treated as a stale button.
export function registerCallbacks(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on("callback_query", async (ctx) => {
    const raw = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    const data = raw ? decodeCallback(raw) : null;
    if (!data) {
      ctx.log.info({ raw }, "stale or malformed button");
      await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
      return;
    }
    if (isReportCallback(data)) return handleReportButton(ctx, deps, data);
  });
}
