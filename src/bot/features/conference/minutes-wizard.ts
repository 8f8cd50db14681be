import { peopleCount } from "../../views/people-count.js";
import type { Composer } from "telegraf";
import { attachMinutes } from "../../../domain/conference/attach-minutes.js";
import { DomainError } from "../../../domain/domain-error.js";
import { acceptFile } from "../../../domain/files/accept-file.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import * as callbacks from "./conference-callbacks.js";
import { conferencePromptView } from "./conference-prompt-view.js";
import { minutesWizard } from "./conference-wizards.js";
import { liveConference } from "./live-conference.js";

async function startMinutes(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  assertCan(ctx.actor, "conference.minutes");
  const conference = await liveConference(ctx, deps, conferenceId, true);
  if (conference.startsAt > deps.clock())
    throw new DomainError("conference.error_minutes_early", {
      time: formatDateTime(conference.startsAt, deps.timeZone),
    });
  await minutesWizard.start(ctx, deps, "file", { conferenceId });
  await ctx.answerCbQuery();
  const view = conferencePromptView(ctx.t, ctx.t("conference.ask_minutes", { title: conference.title }));
  await ctx.reply(view.text, view.keyboard);
}

// The minutes (biên bản) as a .docx or .pdf; Telegram keeps the file, the bot passes its id on.
async function handleInput(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ conferenceId: string }>) {
  assertCan(ctx.actor, "conference.minutes");
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("conference.error_minutes_need_file");
  const { document } = message;
  const file = acceptFile(
    { name: document.file_name, mimeType: document.mime_type, size: document.file_size },
    { kinds: ["docx", "pdf"], typeErrorCode: "conference.error_minutes_type", baseName: "bien-ban" },
  );
  const { title, recipients, unreachable } = await attachMinutes(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId: data.conferenceId,
    file: { fileId: document.file_id, fileName: file.name },
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await minutesWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(
    ctx.t("conference.minutes_sent", { title, recipients: peopleCount(ctx.t, { count: recipients, unreachable }) }),
  );
}

export function registerMinutesWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, callbacks.attachMinutes, (ctx, data) => startMinutes(ctx, deps, data.conferenceId));
  minutesWizard.onMessage(feature, deps, (ctx, state) => handleInput(ctx, deps, state));
}
