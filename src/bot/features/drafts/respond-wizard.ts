import type { Composer } from "telegraf";
import { z } from "zod";
import { respondToComment } from "../../../domain/drafts/respond-to-comment.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { respondToComment as respondButton } from "./drafts-callbacks.js";
import { promptView } from "./prompt-view.js";
import { responseSavedView } from "./response-saved-view.js";

const RespondSchema = z.object({ commentId: z.string(), response: z.enum(["accepted", "explained"]) });
type Respond = z.infer<typeof RespondSchema>;
const respondWizard = createWizard("respond", RespondSchema);

async function startRespond(ctx: BotContext, deps: BotDeps, data: Respond) {
  assertCan(ctx.actor, "drafts.respond");
  await respondWizard.start(ctx, deps, "text", data);
  await ctx.answerCbQuery();
  const view = promptView(ctx.t, ctx.t(`drafts.ask_response_${data.response}`));
  await ctx.reply(view.text, view.keyboard);
}

async function takeResponse(ctx: BotContext, deps: BotDeps, { data }: WizardState<Respond>) {
  const message = ctx.message!;
  if (!("text" in message)) return ctx.reply(ctx.t("drafts.error_comment_kind"));
  const { draftId } = await respondToComment(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    commentId: data.commentId,
    kind: data.response,
    text: message.text,
    actor: ctx.actor,
    now: deps.clock(),
  });
  await respondWizard.end(ctx, deps);
  deps.outbox.notify();
  const view = responseSavedView(ctx.t, { draftId, response: data.response });
  await ctx.reply(view.text, view.keyboard);
}

// "Tiếp thu" / "Giải trình" under a comment: the answer the commenting unit receives.
export function registerRespondWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, respondButton, (ctx, data) => startRespond(ctx, deps, data));
  respondWizard.onMessage(feature, deps, (ctx, state) => takeResponse(ctx, deps, state));
}
