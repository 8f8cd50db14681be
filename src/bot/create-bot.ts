import { Telegraf } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import { BotContext } from "./bot-context.js";
import type { BotDeps } from "./bot-deps.js";
import { announcementsFeature } from "./features/announcements/announcements-feature.js";
import { languageFeature } from "./features/language/language-feature.js";
import { reportsFeature } from "./features/reports/reports-feature.js";
import { ballotsFeature } from "./features/ballots/ballots-feature.js";
import { signingFeature } from "./features/signing/signing-feature.js";
import { wizardFeature } from "./features/wizard/wizard-feature.js";
import { draftsFeature } from "./features/drafts/drafts-feature.js";
import { conferenceFeature } from "./features/conference/conference-feature.js";
import { groupsFeature } from "./features/groups/groups-feature.js";
import { fallbackFeature, helpFeature } from "./features/help/help-feature.js";
import { invitesFeature } from "./features/invites/invites-feature.js";
import { membersFeature } from "./features/members/members-feature.js";
import { rotationFeature } from "./features/rotation/rotation-feature.js";
import { scaleFeature } from "./features/scale/scale-feature.js";
import { resultsFeature } from "./features/results/results-feature.js";
import { scoringFeature } from "./features/scoring/scoring-feature.js";
import { answerStale } from "./create-callback-data.js";
import { claimUpdateMiddleware } from "./middleware/claim-update.js";
import { errorBoundaryMiddleware } from "./middleware/error-boundary.js";
import { loadContextMiddleware } from "./middleware/load-context.js";
import { observeUpdatesMiddleware } from "./middleware/observe-updates.js";
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

  bot.use(observeUpdatesMiddleware(deps));
  bot.use(errorBoundaryMiddleware(deps));
  bot.use(claimUpdateMiddleware(deps));
  bot.use(loadContextMiddleware(deps));
  bot.use(privateOnlyMiddleware);

  // Each feature owns its commands, buttons and wizards. Reports come first among the wizard-bearing features:
  // a report sent in reply to its reminder is filed even while another wizard is open.
  const features = [
    wizardFeature,
    languageFeature,
    scoringFeature,
    resultsFeature,
    reportsFeature,
    draftsFeature,
    conferenceFeature,
    signingFeature,
    ballotsFeature,
    announcementsFeature,
    invitesFeature,
    membersFeature,
    rotationFeature,
    scaleFeature,
    groupsFeature,
    helpFeature,
  ];
  for (const feature of features) bot.use(feature(deps));

  // A button no feature knows: an old message from a previous version, or forged data.
  bot.on("callback_query", answerStale);
  // Last: a private message nothing above took gets a hint instead of silence.
  bot.use(fallbackFeature(deps));

  // Last line of defence: the boundary middleware handles errors, this catches anything it could not.
  bot.catch((error, ctx) => {
    deps.logger.error({ err: error, updateId: ctx.update.update_id }, "unhandled bot error");
  });
  return bot;
}
