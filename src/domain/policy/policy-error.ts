import { DomainError } from "../domain-error.js";
import type { Action } from "./policy.js";

export type PolicyRefusalCode =
  "authz.denied" | "authz.not_member" | "authz.unit_only" | "authz.leader_unit_only" | "authz.vote_unit_only";

// A refusal by the policy. The bot's error boundary answers it politely and writes the `authz.denied` audit row,
// whichever service raised it, so a service is the guard and the bot only hides buttons.
export class PolicyError extends DomainError {
  constructor(
    readonly action: Action,
    code: PolicyRefusalCode,
  ) {
    super(code);
    this.name = "PolicyError";
  }
}

export function isPolicyError(error: unknown): error is PolicyError {
  return error instanceof PolicyError;
}
