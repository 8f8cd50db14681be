import { dismiss } from "../features/wizard/wizard-callbacks.js";
import { Markup, type Telegraf } from "telegraf";
import { getMembership } from "../../domain/members/get-membership.js";
import { listMembers } from "../../domain/members/list-members.js";
import { removeMember } from "../../domain/members/remove-member.js";
import { loadActor } from "../../domain/people/load-actor.js";
import { can } from "../../domain/policy/policy.js";
import { formatDate } from "../../i18n/format-date-time.js";
import { recipientLocale } from "../../i18n/translator.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { syncChatCommandMenu } from "../command-menus.js";
import { roleLabel } from "../role-label.js";

export function registerMembers(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("members", async (ctx) => {
    if (!(await authorize(ctx, deps, "members.view", "/members"))) return;
    const groups = await listMembers(deps.db, { blocId: ctx.actor.bloc!.id });
    const { t } = ctx;
    const lines = [t("members.title", { bloc: ctx.actor.bloc!.name })];
    const buttons = [];
    for (const group of groups) {
      lines.push("");
      lines.push(
        group.unitName
          ? t("members.unit_header", { unit: group.unitName, count: group.members.length })
          : t("members.board_header", { count: group.members.length }),
      );
      if (group.members.length === 0) lines.push(t("members.none"));
      for (const member of group.members) {
        lines.push(
          t("members.line", {
            name: member.name,
            role: roleLabel(t, member.role),
            since: formatDate(member.joinedAt, deps.timeZone),
          }),
        );
        if (
          member.membershipId !== ctx.actor.membershipId &&
          (member.role !== "board" || can(ctx.actor, "members.remove_board"))
        ) {
          buttons.push([
            Markup.button.callback(
              t("members.remove_button", { name: member.name }),
              encodeCallback({ kind: "member_remove", membershipId: member.membershipId }),
            ),
          ]);
        }
      }
    }
    await ctx.reply(lines.join("\n"), buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined);
  });
}

export async function askRemoveMember(ctx: BotContext, deps: BotDeps, membershipId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "members.remove", "button:member_remove"))) return;
  const member = await getMembership(deps.db, { blocId: ctx.actor.bloc!.id, membershipId });
  if (member?.role === "board" && !(await authorize(ctx, deps, "members.remove_board", "button:member_remove"))) return;
  await ctx.answerCbQuery();
  if (!member) return void (await ctx.reply(ctx.t("members.error_gone")));
  await ctx.reply(
    ctx.t("members.confirm", {
      name: member.name,
      role: roleLabel(ctx.t, member.role),
      unit: member.unitName ?? ctx.t("role.board"),
    }),
    Markup.inlineKeyboard([
      Markup.button.callback(
        ctx.t("members.confirm_yes"),
        encodeCallback({ kind: "member_remove_confirm", membershipId }),
      ),
      Markup.button.callback(ctx.t("members.confirm_no"), dismiss.pack({})),
    ]),
  );
}

export async function confirmRemoveMember(ctx: BotContext, deps: BotDeps, membershipId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "members.remove", "button:member_remove_confirm"))) return;
  const target = await getMembership(deps.db, { blocId: ctx.actor.bloc!.id, membershipId });
  if (target?.role === "board" && !(await authorize(ctx, deps, "members.remove_board", "button:member_remove_confirm")))
    return;
  const removed = await removeMember(deps.db, {
    blocId: ctx.actor.bloc!.id,
    membershipId,
    actor: { personId: ctx.actor.person?.id, telegramId: ctx.from!.id },
    now: deps.clock(),
  });
  const unit = removed.unitName ?? ctx.t("role.board");
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("members.removed", { name: removed.name, unit }));
  const locale = recipientLocale(removed.person, deps.defaultLocale);
  const chatId = Number(removed.person.chatId);
  deps.outbox.notify();
  try {
    const actor = await loadActor(deps.db, { telegramId: Number(removed.person.telegramId) });
    await syncChatCommandMenu(ctx.telegram, { translator: deps.translator, actor, locale, chatId });
  } catch (error) {
    ctx.log.warn({ err: error }, "could not reset the removed member's command menu");
  }
}
