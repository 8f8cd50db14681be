import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { chooseDelegate, showResults, startVote } from "./ballot-callbacks.js";

type Of<T extends MessageAction["type"]> = Extract<MessageAction, { type: T }>;

// The buttons on queued ballot messages: vote, delegate, and the results once closed.
export const ballotActionEncoders = {
  "ballots.vote": (action: Of<"ballots.vote">) => startVote.pack({ ballotId: action.ballotId }),
  "ballots.delegate": (action: Of<"ballots.delegate">) => chooseDelegate.pack({ ballotId: action.ballotId }),
  "ballots.results": (action: Of<"ballots.results">) => showResults.pack({ ballotId: action.ballotId }),
};
