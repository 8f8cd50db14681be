import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// The minutes (biên bản) and the proposal (tờ trình) of a closed ballot, as .docx files.
export async function sendBallotFile(
  ctx: BotContext,
  _deps: BotDeps,
  _ballotId: string,
  _kind: "minutes" | "proposal",
): Promise<void> {
  assertCan(ctx.actor, "ballot.documents");
  throw new DomainError("ballots.error_documents_not_ready");
}
