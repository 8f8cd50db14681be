import { DomainError } from "../domain-error.js";
import type { Action } from "./policy.js";

// A refusal by the policy. The bot's error boundary answers it politely and writes the `authz.denied` audit row,
// whichever service raised it, so a service is the guard and the bot only hides buttons.
export class PolicyError extends DomainError {
  constructor(
    readonly action: Action,
    code: "authz.denied" | "authz.not_member" | "authz.unit_only",
  ) {
    super(code);
    this.name = "PolicyError";
  }
}

export function isPolicyError(error: unknown): error is PolicyError {
  return error instanceof PolicyError;
}
