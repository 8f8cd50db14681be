// Outbox intents of the reporting regime. The reminder intent carries the period, so a reply to a reminder
// tells which report it answers.
export const reportEventIntent = (periodId: string, kind: string) => `report:${periodId}:${kind}`;
// One message to each person due several of them at one instant: the periods and kinds it covers, in the intent.
export const reportBatchIntent = (at: Date, periodKinds: string[]) =>
  `report-batch:${at.toISOString()}:${periodKinds.join("+")}`;
export const reportDigestIntent = (blocId: string, date: string) => `report-digest:${blocId}:${date}`;
export const reportReceiptIntent = (submissionId: string) => `report-receipt:${submissionId}`;

export const isBatchIntent = (intentId: string) => intentId.startsWith("report-batch:");

export function periodOfIntent(intentId: string): string | null {
  const match = /^report:([a-z0-9]+):/.exec(intentId);
  return match ? match[1]! : null;
}
