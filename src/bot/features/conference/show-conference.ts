import { getConferenceOverview } from "../../../domain/conference/get-conference-overview.js";
import { can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { chunkLines } from "./conference-lines.js";
import { conferenceOverviewView } from "./conference-overview-view.js";

// /conference when one is scheduled or has just taken place; the buttons go under the last part of the table.
export async function showConference(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  const overview = await getConferenceOverview(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  const view = conferenceOverviewView(ctx.t, {
    overview,
    unitId: ctx.actor.unit?.id ?? null,
    manage: can(ctx.actor, "conference.view_all"),
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
  const chunks = chunkLines(view.text.split("\n"));
  for (const [i, chunk] of chunks.entries())
    await ctx.reply(chunk, i === chunks.length - 1 ? view.keyboard : undefined);
}
