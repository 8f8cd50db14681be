import { linkGroup } from "../../../domain/groups/link-group.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { canPin } from "./can-pin.js";
import { groupLinkedView } from "./group-linked-view.js";

// /linkgroup, typed in the bloc's group by someone of the leader unit (the service checks who).
export async function handleLinkGroup(ctx: BotContext, deps: BotDeps): Promise<void> {
  const chat = ctx.chat!;
  const username = ctx.botInfo.username;
  if (chat.type === "private") return void (await ctx.reply(ctx.t("group.link_in_group", { username })));
  // Whether the bot may pin is asked, not assumed; if Telegram does not say, pinning is simply tried later.
  const me = await ctx.telegram.getChatMember(chat.id, ctx.botInfo.id).catch((error: unknown) => {
    ctx.log.warn({ err: error }, "could not read the bot's rights in the group");
    return null;
  });
  const pin = me ? canPin(me) : false;
  const { blocName } = await linkGroup(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    chatId: chat.id,
    title: "title" in chat ? chat.title : "",
    canPin: pin,
    actor: ctx.actor,
    now: deps.clock(),
  });
  await ctx.reply(groupLinkedView(ctx.t, { blocName, canPin: pin }).text);
}
