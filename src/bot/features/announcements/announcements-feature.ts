import { Composer } from "telegraf";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { acknowledgeReceipt } from "./acknowledge-receipt.js";
import {
  acknowledge,
  chooseAudience,
  finishUnits,
  fixAnnouncement,
  followUp,
  sendAnnouncement,
  skipAttachment,
  toggleUnit,
  viewAcks,
} from "./announcements-callbacks.js";
import { announceWizard } from "./announce-wizard.js";
import { chooseAudienceStep, skipAttachmentStep } from "./choose-audience-step.js";
import { finishUnitsStep, toggleUnitStep } from "./choose-units-step.js";
import { fixAnnouncementStep } from "./fix-announcement.js";
import { confirmAnnouncement } from "./confirm-announcement.js";
import { sendAnnouncementFollowUp } from "./send-announcement-follow-up.js";
import { showAnnouncementAcks } from "./show-announcement-acks.js";
import { showAnnouncementList } from "./show-announcement-list.js";
import { takeAnnounceInput } from "./take-announce-input.js";
import { onCommand } from "../../on-command.js";

// /announce (the wizard up to sending), /announcements (who acknowledged, one follow-up) and "✅ Đã nhận".
export function announcementsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "announce", async (ctx) => {
    assertCan(ctx.actor, "announce.create");
    await announceWizard.start(ctx, deps, "content", { text: "", kind: "text", unitIds: [] });
    await ctx.reply(ctx.t("announce.ask_content"));
  });
  announceWizard.onMessage(feature, deps, (ctx, state) => takeAnnounceInput(ctx, deps, state));
  onButton(feature, skipAttachment, (ctx) => skipAttachmentStep(ctx, deps));
  onButton(feature, chooseAudience, (ctx, data) => chooseAudienceStep(ctx, deps, data.audience));
  onButton(feature, toggleUnit, (ctx, data) => toggleUnitStep(ctx, deps, data.unitId));
  onButton(feature, finishUnits, (ctx) => finishUnitsStep(ctx, deps));
  onButton(feature, fixAnnouncement, (ctx, data) => fixAnnouncementStep(ctx, deps, data.field));
  onButton(feature, sendAnnouncement, (ctx, data) => confirmAnnouncement(ctx, deps, data.pin === "1"));

  onCommand(feature, "announcements", (ctx) => showAnnouncementList(ctx, deps));
  onButton(feature, viewAcks, (ctx, data) => showAnnouncementAcks(ctx, deps, data.announcementId));
  onButton(feature, followUp, (ctx, data) => sendAnnouncementFollowUp(ctx, deps, data.announcementId));
  onButton(feature, acknowledge, (ctx, data) => acknowledgeReceipt(ctx, deps, data.announcementId));
  return feature;
}
