import type { Action } from "../domain/policy/policy.js";

// What each command needs; /help and the per-chat command menus are derived from this list.
export const commandCatalog: { command: string; action: Action }[] = [
  { command: "help", action: "help.view" },
  { command: "bloc", action: "bloc.view" },
  { command: "invite", action: "invite.create" },
  { command: "members", action: "members.view" },
  { command: "drafts", action: "drafts.view" },
  { command: "newdraft", action: "drafts.create" },
  { command: "comments", action: "drafts.manage" },
  { command: "conference", action: "conference.view" },
  { command: "signing", action: "signing.view" },
  { command: "reports", action: "reports.view" },
  { command: "compliance", action: "compliance.view" },
  { command: "scale", action: "scale.view" },
  { command: "sheet", action: "sheet.fill" },
  { command: "review", action: "review.view" },
  { command: "results", action: "results.view" },
  { command: "ballot", action: "ballot.view" },
  { command: "announce", action: "announce.create" },
  { command: "announcements", action: "announce.view" },
  { command: "linkgroup", action: "group.link" },
  { command: "lang", action: "language.change" },
  // Leaves a guided flow; everyone may be in one (choosing a language is one step, an announcement several).
  { command: "cancel", action: "help.view" },
  { command: "start", action: "help.view" },
];

export const publicCommands = ["start", "help", "lang", "cancel"];

// Commands meant for the bloc's group chat; every other command is refused there.
export const groupCommands = ["linkgroup"];
