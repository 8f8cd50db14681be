// Outbox intents of the reporting regime. The reminder intent carries the period, so a reply to a reminder
// tells which report it answers.
export const reportEventIntent = (periodId: string, kind: string) => `report:${periodId}:${kind}`;
export const reportDigestIntent = (blocId: string, date: string) => `report-digest:${blocId}:${date}`;
export const reportReceiptIntent = (submissionId: string) => `report-receipt:${submissionId}`;

export function periodOfIntent(intentId: string): string | null {
  const match = /^report:([a-z0-9]+):/.exec(intentId);
  return match ? match[1]! : null;
}
