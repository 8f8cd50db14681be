import { DomainError } from "../../../domain/domain-error.js";
import { getMembership } from "../../../domain/members/get-membership.js";
import { removeMember } from "../../../domain/members/remove-member.js";
import { loadActor } from "../../../domain/people/load-actor.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { recipientLocale } from "../../../i18n/translator.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { syncChatCommandMenu } from "../../command-menus.js";
import { removeConfirmView } from "./remove-confirm-view.js";

// The first press only asks; the policy is checked here so a forged button does not reveal who is in the bloc.
export async function askRemoveMember(ctx: BotContext, deps: BotDeps, membershipId: string): Promise<void> {
  assertCan(ctx.actor, "members.remove");
  const member = await getMembership(deps.db, { blocId: ctx.actor.bloc!.id, membershipId });
  if (member?.role === "board") assertCan(ctx.actor, "members.remove_board");
  if (!member) throw new DomainError("members.error_gone");
  await ctx.answerCbQuery();
  const view = removeConfirmView(ctx.t, member);
  await ctx.reply(view.text, view.keyboard);
}

// The service decides who may remove whom; the removed person's command menu shrinks to the public commands.
export async function confirmRemoveMember(ctx: BotContext, deps: BotDeps, membershipId: string): Promise<void> {
  const removed = await removeMember(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    membershipId,
    actor: ctx.actor,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("members.removed", { name: removed.name, unit: removed.unitName ?? ctx.t("role.board") }),
  );
  deps.outbox.notify();
  try {
    const actor = await loadActor(deps.db, { telegramId: Number(removed.person.telegramId) });
    const locale = recipientLocale(removed.person, deps.defaultLocale);
    await syncChatCommandMenu(ctx.telegram, {
      translator: deps.translator,
      actor,
      locale,
      chatId: Number(removed.person.chatId),
    });
  } catch (error) {
    ctx.log.warn({ err: error }, "could not reset the removed member's command menu");
  }
}
