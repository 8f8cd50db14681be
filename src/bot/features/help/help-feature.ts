import { privateOnlyView } from "../../views/private-only-view.js";
import { Composer } from "telegraf";
import { can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { commandCatalog } from "../../command-catalog.js";
import { memberSummary } from "../../member-summary.js";
import { fallbackView } from "./fallback-view.js";
import { helpView } from "./help-view.js";
import { onCommand } from "../../on-command.js";

// /help, listing only what the person's role allows.
export function helpFeature(_deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "help", async (ctx) => {
    const { actor } = ctx;
    const commands = commandCatalog.filter((entry) => can(actor, entry.action)).map((entry) => entry.command);
    await ctx.reply(helpView(ctx.t, { commands, member: memberSummary(actor) }).text);
  });
  return feature;
}

// Registered after every other handler. Never silence in a private chat: an unknown command or stray message
// gets a short hint. In groups the bot stays quiet unless addressed, so it does not spam the bloc's chat.
export function fallbackFeature(_deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("message", async (ctx) => {
    const text = "text" in ctx.message ? ctx.message.text : "";
    const command = text.startsWith("/") ? text.split(/\s/)[0]! : null;
    if (ctx.chat.type !== "private") {
      const username = ctx.botInfo?.username;
      if (command && username && command.toLowerCase().endsWith(`@${username.toLowerCase()}`)) {
        const view = privateOnlyView(ctx.t, { username });
        await ctx.reply(view.text, view.keyboard);
      }
      return;
    }
    await ctx.reply(fallbackView(ctx.t, { command }).text);
  });
  return feature;
}
