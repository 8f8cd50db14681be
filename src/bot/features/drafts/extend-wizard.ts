import type { Composer } from "telegraf";
import { z } from "zod";
import { exampleDeadline } from "../../../domain/drafts/example-deadline.js";
import { extendDeadline } from "../../../domain/drafts/extend-deadline.js";
import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { extendDeadline as extendButton } from "./drafts-callbacks.js";
import { promptView } from "./prompt-view.js";

const DraftRefSchema = z.object({ draftId: z.string() });
const extendWizard = createWizard("extend", DraftRefSchema);

function askNewDeadline(ctx: BotContext, deps: BotDeps) {
  const example = exampleDeadline({ now: deps.clock(), timeZone: deps.timeZone });
  return promptView(ctx.t, ctx.t("drafts.ask_new_deadline", { example }));
}

async function startExtend(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.manage");
  await extendWizard.start(ctx, deps, "date", { draftId });
  await ctx.answerCbQuery();
  const view = askNewDeadline(ctx, deps);
  await ctx.reply(view.text, view.keyboard);
}

async function takeDeadline(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ draftId: string }>) {
  const message = ctx.message!;
  if (!("text" in message)) return ctx.reply(askNewDeadline(ctx, deps).text);
  const now = deps.clock();
  const deadline = parseDeadline(message.text, { timeZone: deps.timeZone, now });
  const { title, recipients } = await extendDeadline(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    draftId: data.draftId,
    deadline,
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now,
  });
  await extendWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(ctx.t("drafts.extended", { title, deadline: formatDateTime(deadline, deps.timeZone), recipients }));
}

// "Gia hạn góp ý": a later deadline, announced to every member.
export function registerExtendWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, extendButton, (ctx, data) => startExtend(ctx, deps, data.draftId));
  extendWizard.onMessage(feature, deps, (ctx, state) => takeDeadline(ctx, deps, state));
}
