import type { Telegraf } from "telegraf";
import { can } from "../../domain/policy/policy.js";
import type { BotContext } from "../bot-context.js";
import { commandCatalog } from "../command-catalog.js";
import { actorUnitLabel, roleLabel } from "../role-label.js";

export function registerHelp(bot: Telegraf<BotContext>): void {
  bot.help(async (ctx) => {
    const { actor, t } = ctx;
    const lines = [t("help.title")];
    for (const entry of commandCatalog.filter((e) => can(actor, e.action))) {
      lines.push(t("help.line", { command: entry.command, description: t(`commands.${entry.command}`) }));
    }
    lines.push("");
    lines.push(
      actor.bloc && actor.role
        ? t("help.you_are", {
            role: roleLabel(t, actor.role, actor.isLeaderUnit),
            unit: actorUnitLabel(t, actor),
            bloc: actor.bloc.name,
          })
        : t("help.not_member"),
    );
    await ctx.reply(lines.join("\n"));
  });
}
