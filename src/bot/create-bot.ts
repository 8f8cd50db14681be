import { Telegraf } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import { BotContext } from "./bot-context.js";
import type { BotDeps } from "./bot-deps.js";
import { registerBloc } from "./handlers/bloc.js";
import { registerCallbacks } from "./handlers/callbacks.js";
import { registerConversation } from "./handlers/conversation.js";
import { registerFallback } from "./handlers/fallback.js";
import { registerGroup } from "./handlers/group.js";
import { registerHelp } from "./handlers/help.js";
import { registerInvite } from "./handlers/invite.js";
import { announcementsFeature } from "./features/announcements/announcements-feature.js";
import { languageFeature } from "./features/language/language-feature.js";
import { reportsFeature } from "./features/reports/reports-feature.js";
import { signingFeature } from "./features/signing/signing-feature.js";
import { wizardFeature } from "./features/wizard/wizard-feature.js";
import { draftsFeature } from "./features/drafts/drafts-feature.js";
import { answerStale } from "./create-callback-data.js";
import { registerMembers } from "./handlers/members.js";
import { registerConference } from "./handlers/conference.js";
import { registerStart } from "./handlers/start.js";
import { claimUpdateMiddleware } from "./middleware/claim-update.js";
import { errorBoundaryMiddleware } from "./middleware/error-boundary.js";
import { loadContextMiddleware } from "./middleware/load-context.js";
import { privateOnlyMiddleware } from "./middleware/private-only.js";

export type CreateBotOptions = BotDeps & { token: string; apiRoot: string; botInfo?: UserFromGetMe };

export function createBot(options: CreateBotOptions): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(options.token, {
    contextType: BotContext,
    telegram: { apiRoot: options.apiRoot },
    handlerTimeout: 60_000,
  });
  if (options.botInfo) bot.botInfo = options.botInfo;
  const deps: BotDeps = options;

  bot.use(errorBoundaryMiddleware(deps));
  bot.use(claimUpdateMiddleware(deps));
  bot.use(loadContextMiddleware(deps));
  bot.use(privateOnlyMiddleware);

  // Each feature owns its commands, buttons and wizards. Reports come first among the wizard-bearing features:
  // a report sent in reply to its reminder is filed even while another wizard is open.
  const features = [
    wizardFeature,
    languageFeature,
    reportsFeature,
    draftsFeature,
    signingFeature,
    announcementsFeature,
  ];
  for (const feature of features) bot.use(feature(deps));

  registerStart(bot, deps);
  registerHelp(bot);
  registerBloc(bot, deps);
  registerInvite(bot, deps);
  registerMembers(bot, deps);
  registerConference(bot, deps);
  registerGroup(bot, deps);
  registerConversation(bot, deps);
  registerCallbacks(bot, deps);
  // A button no feature knows: an old message from a previous version, or forged data.
  bot.on("callback_query", answerStale);
  registerFallback(bot);

  // Last line of defence: the boundary middleware handles errors, this catches anything it could not.
  bot.catch((error, ctx) => {
    deps.logger.error({ err: error, updateId: ctx.update.update_id }, "unhandled bot error");
  });
  return bot;
}
