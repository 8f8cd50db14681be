import type { Actor } from "../people/load-actor.js";
import { PolicyError, type PolicyRefusalCode } from "./policy-error.js";

// The one place that decides who may do what. Every mutating domain service asks here (assertCan) before it
// changes anything; the bot asks (can) only to hide what a person cannot use.
export const actions = [
  "help.view",
  "language.change",
  "bloc.view",
  "bloc.import",
  "term.set",
  "term.elect",
  "invite.create",
  "invite.create_board",
  "members.view",
  "members.remove",
  "members.remove_board",
  "announce.create",
  "announce.view",
  "announce.follow_up",
  "group.link",
  "drafts.create",
  "drafts.manage",
  "drafts.view",
  "drafts.comment",
  "drafts.respond",
  "signing.open",
  "signing.void",
  "signing.sign",
  "signing.delegate",
  "signing.view",
  "conference.create",
  "conference.change",
  "conference.cancel",
  "conference.remind",
  "conference.check_in_unit",
  "conference.minutes",
  "conference.view_all",
  "conference.view",
  "conference.answer",
  "conference.check_in",
  "reports.view",
  "reports.manage",
  "reports.submit",
  "compliance.view",
  "calendar.manage",
  "scale.view",
  "scale.import",
  "review.open",
  "review.view",
  "review.decide",
  "sheet.fill",
  "sheet.submit",
  "sheet.explain",
  "results.view",
  "results.publish",
  "review.extend",
  "ballot.open",
  "ballot.close",
  "ballot.view",
  "ballot.vote",
  "ballot.delegate",
  "ballot.documents",
] as const;

export type Action = (typeof actions)[number];

const isMember = (actor: Actor) => actor.bloc !== null;
const isBoard = (actor: Actor) => actor.role === "board";
const leads = (actor: Actor) => isBoard(actor) || actor.isLeaderUnit;

const rules: Record<Action, (actor: Actor) => boolean> = {
  "help.view": () => true,
  "language.change": () => true,
  "bloc.view": isMember,
  // Blocs, units and terms come from the bloc file, which only the operator imports (the CLI).
  "bloc.import": () => false,
  // Next year's leader and deputy: the provincial board decides (or the operator), or the bloc elects them in a
  // ballot that the leader unit runs and closes (setNextTerm with source "ballot").
  "term.set": isBoard,
  "term.elect": leads,
  "invite.create": leads,
  "invite.create_board": isBoard,
  "members.view": leads,
  "members.remove": leads,
  // The leader unit manages units' people; only the board manages the board.
  "members.remove_board": isBoard,
  "announce.create": leads,
  "announce.view": leads,
  "announce.follow_up": leads,
  "group.link": leads,
  "drafts.create": leads,
  "drafts.manage": leads,
  "drafts.view": isMember,
  // Comments speak for a unit, so only unit members (not the board) comment.
  "drafts.comment": (actor) => actor.unit !== null,
  // Answering a comment (tiếp thu / giải trình) speaks for the leader unit.
  "drafts.respond": leads,
  "signing.open": leads,
  "signing.void": leads,
  // Who may sign, and who may name a delegate, is decided per round inside the service (the unit's signatory, or
  // the member they delegated); here only that the person is in the bloc. Everyone in it may see where it stands.
  "signing.sign": isMember,
  "signing.delegate": isMember,
  "signing.view": isMember,
  // The leader unit and the board run a conference: invite, move it, cancel it, set its reminders, mark a unit
  // present on the day and attach the minutes. They also see every unit's answers, the history and the exports.
  "conference.create": leads,
  "conference.change": leads,
  "conference.cancel": leads,
  "conference.remind": leads,
  "conference.check_in_unit": leads,
  "conference.minutes": leads,
  "conference.view_all": leads,
  "conference.view": isMember,
  // An answer and a check-in speak for a unit, so any unit member gives them and the board does not.
  "conference.answer": (actor) => actor.unit !== null,
  "conference.check_in": (actor) => actor.unit !== null,
  "reports.view": isMember,
  "reports.manage": leads,
  // A report speaks for a unit: its liaison or its signatory sends it, the board does not.
  "reports.submit": (actor) => actor.unit !== null,
  "compliance.view": leads,
  // Days off and swapped working days are a government decision the operator enters at the command line.
  "calendar.manage": () => false,
  "scale.view": isMember,
  // The scoring scale is the bloc's: the leader unit (or the board) imports it, from the bot or via the operator.
  "scale.import": leads,
  // The year-end review: the leader unit (or the board) opens the round, follows it and reviews each sheet; a
  // reviewer never decides on their own unit's sheet (checked in the service, which knows the sheet).
  "review.open": leads,
  "review.view": leads,
  "review.decide": leads,
  // A sheet speaks for a unit: its members fill it and explain; who may submit (signatory or delegate) is decided
  // in the service.
  "sheet.fill": (actor) => actor.unit !== null,
  "sheet.submit": (actor) => actor.unit !== null,
  "sheet.explain": (actor) => actor.unit !== null,
  // The ranking: the leader unit and the board see it (and its files) at any time and publish it; every member
  // sees it once published (checked in getRoundRanking, which knows the round). The leader gives a late unit more
  // time (gia hạn).
  "results.view": isMember,
  "results.publish": leads,
  "review.extend": leads,
  // The ballot is the bloc's own vote: the leader unit runs it (the board guides the meeting but neither opens nor
  // closes it), every member sees where it stands, the leader and the board get its documents. A vote speaks for
  // a unit; whether this person casts it (signatory or delegate) is decided in the service.
  "ballot.open": (actor) => actor.isLeaderUnit,
  "ballot.close": (actor) => actor.isLeaderUnit,
  "ballot.view": isMember,
  "ballot.vote": (actor) => actor.unit !== null,
  "ballot.delegate": (actor) => actor.unit !== null,
  "ballot.documents": leads,
};

export function can(actor: Actor, action: Action): boolean {
  return actor.operator === true || rules[action](actor);
}

// Actions a unit does for itself: the generic "leaders only" answer would be wrong for them.
const unitOnly = new Set<Action>(["reports.submit", "sheet.fill", "sheet.submit", "sheet.explain"]);
// Refusals whose generic wording would mislead: only the leader unit runs a ballot, and only units vote.
const ownRefusals: Partial<Record<Action, PolicyRefusalCode>> = {
  "ballot.open": "authz.leader_unit_only",
  "ballot.close": "authz.leader_unit_only",
  "ballot.vote": "authz.vote_unit_only",
  "ballot.delegate": "authz.vote_unit_only",
};

// Every mutating service calls this before it changes anything; `subject` is checked by the rule when it needs one.
export function assertCan(actor: Actor, action: Action): void {
  if (can(actor, action)) return;
  throw new PolicyError(
    action,
    !actor.bloc
      ? "authz.not_member"
      : (ownRefusals[action] ?? (unitOnly.has(action) ? "authz.unit_only" : "authz.denied")),
  );
}
