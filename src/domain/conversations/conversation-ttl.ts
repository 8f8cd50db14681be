// A half-finished wizard is forgotten after a day, so a stray message weeks later is not read as its next step.
export const conversationTtlMs = 24 * 60 * 60 * 1000;
