import type { Actor } from "./load-actor.js";

// The CLI acts as the operator of the installation; audit rows name no person for it.
export const operatorActor: Actor = {
  telegramId: 0,
  person: null,
  bloc: null,
  unit: null,
  role: null,
  membershipId: null,
  isLeaderUnit: false,
  operator: true,
};
