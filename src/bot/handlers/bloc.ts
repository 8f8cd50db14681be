import type { Telegraf } from "telegraf";
import { getBlocOverview } from "../../domain/blocs/get-bloc-overview.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";

export function registerBloc(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("bloc", async (ctx) => {
    if (!(await authorize(ctx, deps, "bloc.view", "/bloc"))) return;
    const overview = await getBlocOverview(deps.db, { blocId: ctx.actor.bloc!.id });
    const { t } = ctx;
    const lines = [
      t("bloc.title", { bloc: overview.bloc.name, province: overview.bloc.province, year: overview.year ?? "" }),
      "",
    ];
    overview.units.forEach((unit, index) => {
      const badge = unit.isLeader ? t("bloc.badge_leader") : unit.isDeputy ? t("bloc.badge_deputy") : "";
      lines.push(t("bloc.unit_line", { index: index + 1, unit: unit.name, badge, count: unit.members }));
    });
    lines.push(t("bloc.board_line", { count: overview.boardMembers }));
    lines.push("");
    lines.push(
      t("bloc.total", { joined: overview.units.filter((u) => u.members > 0).length, units: overview.units.length }),
    );
    await ctx.reply(lines.join("\n"));
  });
}
