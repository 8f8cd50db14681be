import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { chooseDelegate, delegateTo } from "./delegate-round.js";
import {
  chooseSigningUpload,
  chooseSigningVersion,
  confirmOpenSigning,
  handleOpenInput,
  skipSigningDeadline,
  startSigning,
} from "./open-round-wizard.js";
import { askSign, confirmSign } from "./sign-round.js";
import * as callbacks from "./signing-callbacks.js";
import { openWizard, voidWizard } from "./signing-wizards.js";
import { handleVoidInput, startVoid } from "./void-round.js";
import { onCommand } from "../../on-command.js";

// Covenant signing: /signing (status, and the leader's wizard to open a round), signing with a final yes,
// "ký thay" delegation within a unit, and voiding a round with a reason.
export function signingFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "signing", (ctx) => startSigning(ctx, deps));
  onButton(feature, callbacks.chooseSource, (ctx, data) => chooseSigningVersion(ctx, deps, data.versionId));
  onButton(feature, callbacks.chooseUpload, (ctx) => chooseSigningUpload(ctx, deps));
  onButton(feature, callbacks.skipDeadline, (ctx) => skipSigningDeadline(ctx, deps));
  onButton(feature, callbacks.openRound, (ctx) => confirmOpenSigning(ctx, deps));
  onButton(feature, callbacks.signRound, (ctx, data) => askSign(ctx, deps, data.roundId));
  onButton(feature, callbacks.confirmSignature, (ctx, data) => confirmSign(ctx, deps, data.roundId));
  onButton(feature, callbacks.chooseDelegate, (ctx, data) => chooseDelegate(ctx, deps, data.roundId));
  onButton(feature, callbacks.delegateTo, (ctx, data) => delegateTo(ctx, deps, data.roundId, data.personId));
  onButton(feature, callbacks.voidRound, (ctx, data) => startVoid(ctx, deps, data.roundId));
  openWizard.onMessage(feature, deps, (ctx, state) => handleOpenInput(ctx, deps, state));
  voidWizard.onMessage(feature, deps, (ctx, state) => handleVoidInput(ctx, deps, state));
  return feature;
}
