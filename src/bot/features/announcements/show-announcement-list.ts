import { listAnnouncements } from "../../../domain/announcements/list-announcements.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announcementListView } from "./announcement-list-view.js";

const listSize = 10;

// /announcements
export async function showAnnouncementList(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "announce.view");
  const announcements = await listAnnouncements(deps.db, { blocId: ctx.actor.bloc!.id, limit: listSize });
  const view = announcementListView(ctx.t, { announcements, timeZone: deps.timeZone });
  await ctx.reply(view.text, view.keyboard);
}
