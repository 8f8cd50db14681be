import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import * as callbacks from "./ballot-callbacks.js";
import { openBallotWizard } from "./ballot-wizards.js";
import { applyElection } from "./apply-election.js";
import { askClose, confirmCloseBallot, showBallotResults } from "./close-flow.js";
import { chooseDelegate, delegateTo } from "./delegate-flow.js";
import { sendBallotFile } from "./send-ballot-file.js";
import {
  confirmOpenBallot,
  handleOpenInput,
  onCandidate,
  onNext,
  onPreset,
  onRule,
  onSeats,
  startOpenBallot,
} from "./open-ballot-wizard.js";
import { showBallot } from "./show-ballot.js";
import { confirmVote, reviewVote, startVote, tickVote } from "./vote-flow.js";
import { onCommand } from "../../on-command.js";

// The year-end ballot (bình xét, suy tôn): /ballot, the leader's opening wizard, the vote message, delegation,
// closing, the results and the two documents.
export function ballotsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "ballot", (ctx) => showBallot(ctx, deps));
  onButton(feature, callbacks.startVote, (ctx, d) => startVote(ctx, deps, d.ballotId));
  onButton(feature, callbacks.tickVote, (ctx, d) => tickVote(ctx, deps, d.ballotId, d.masks));
  onButton(feature, callbacks.reviewVote, (ctx, d) => reviewVote(ctx, deps, d.ballotId, d.masks));
  onButton(feature, callbacks.castVote, (ctx, d) => confirmVote(ctx, deps, d.ballotId, d.masks));
  onButton(feature, callbacks.chooseDelegate, (ctx, d) => chooseDelegate(ctx, deps, d.ballotId));
  onButton(feature, callbacks.delegateTo, (ctx, d) => delegateTo(ctx, deps, d.ballotId, d.personId));
  onButton(feature, callbacks.askClose, (ctx, d) => askClose(ctx, deps, d.ballotId));
  onButton(feature, callbacks.confirmClose, (ctx, d) => confirmCloseBallot(ctx, deps, d.ballotId));
  onButton(feature, callbacks.showResults, (ctx, d) => showBallotResults(ctx, deps, d.ballotId));
  onButton(feature, callbacks.minutesFile, (ctx, d) => sendBallotFile(ctx, deps, d.ballotId, "minutes"));
  onButton(feature, callbacks.proposalFile, (ctx, d) => sendBallotFile(ctx, deps, d.ballotId, "proposal"));
  onButton(feature, callbacks.applyElection, (ctx, d) => applyElection(ctx, deps, d.ballotId));
  onButton(feature, callbacks.startOpen, (ctx) => startOpenBallot(ctx, deps));
  onButton(feature, callbacks.togglePreset, (ctx, d) => onPreset(ctx, deps, d.preset));
  onButton(feature, callbacks.changeSeats, (ctx, d) => onSeats(ctx, deps, d.delta));
  onButton(feature, callbacks.toggleCandidate, (ctx, d) => onCandidate(ctx, deps, Number(d.unit)));
  onButton(feature, callbacks.toggleRule, (ctx, d) => onRule(ctx, deps, d.rule));
  onButton(feature, callbacks.nextStep, (ctx) => onNext(ctx, deps));
  onButton(feature, callbacks.openBallot, (ctx) => confirmOpenBallot(ctx, deps));
  openBallotWizard.onMessage(feature, deps, (ctx, state) => handleOpenInput(ctx, deps, state));
  return feature;
}
