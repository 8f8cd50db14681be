import type { Composer } from "telegraf";
import { z } from "zod";
import { draftOffsetRules } from "../../../domain/drafts/draft-offset-rules.js";
import { getDraftOverview } from "../../../domain/drafts/get-draft-overview.js";
import { setReminderOffsets } from "../../../domain/drafts/set-reminder-offsets.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { parseOffsets } from "../../../domain/schedules/parse-offsets.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { describeOffsets } from "../../views/describe-offsets.js";
import { changeReminders } from "./drafts-callbacks.js";
import { remindersPromptView } from "./reminders-prompt-view.js";

const DraftRefSchema = z.object({ draftId: z.string() });
const remindersWizard = createWizard("reminders", DraftRefSchema);

async function startReminders(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.manage");
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  await remindersWizard.start(ctx, deps, "text", { draftId });
  await ctx.answerCbQuery();
  const offsets = z.array(z.number()).parse(JSON.parse(overview.draft.reminderOffsets));
  const view = remindersPromptView(ctx.t, { offsets });
  await ctx.reply(view.text, view.keyboard);
}

async function takeSchedule(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ draftId: string }>) {
  const message = ctx.message!;
  if (!("text" in message)) return ctx.reply(ctx.t("drafts.error_bad_offsets"));
  const offsets = parseOffsets(message.text, draftOffsetRules);
  const { title } = await setReminderOffsets(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    draftId: data.draftId,
    offsets,
    actor: ctx.actor,
    now: deps.clock(),
  });
  await remindersWizard.end(ctx, deps);
  await ctx.reply(ctx.t("drafts.reminders_set", { title, offsets: describeOffsets(ctx.t, offsets) }));
}

// "Lịch nhắc góp ý": when units that have not answered are reminded before the deadline.
export function registerRemindersWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, changeReminders, (ctx, data) => startReminders(ctx, deps, data.draftId));
  remindersWizard.onMessage(feature, deps, (ctx, state) => takeSchedule(ctx, deps, state));
}
