import type { Tx } from "../../db/create-database.js";
import { enqueueMessages, type OutgoingMessage } from "../delivery/enqueue-messages.js";
import type { EventMessage } from "./report-event-messages.js";
import { reportBatchIntent } from "./report-intents.js";

export type CollectedEvent = { intentId: string; kind: string; periodId: string; messages: EventMessage[] };

// Queues the messages of the events one tick handles at one instant. Someone with a single message gets it as
// before (a reply to it files that report); someone due several (three reports due the same day, or a reminder
// and an escalation) gets one message listing them, with a button per report and the request to a signatory
// said once.
export async function queueCombinedReminders(
  tx: Tx,
  options: { blocId: string; at: Date; events: CollectedEvent[]; now: Date },
): Promise<number> {
  const byPerson = new Map<string, EventMessage[]>();
  for (const event of options.events)
    for (const entry of event.messages) {
      const list = byPerson.get(entry.message.recipientKey) ?? [];
      list.push(entry);
      byPerson.set(entry.message.recipientKey, list);
    }
  let added = 0;
  for (const event of options.events) {
    const single = event.messages.filter((entry) => byPerson.get(entry.message.recipientKey)!.length === 1);
    if (single.length === 0) continue;
    added += await enqueueMessages(tx, {
      intentId: event.intentId,
      blocId: options.blocId,
      messages: single.map((entry) => entry.message),
      now: options.now,
    });
  }
  const combined = [...byPerson.values()].filter((entries) => entries.length > 1).map(combinedMessage);
  if (combined.length === 0) return added;
  const intentId = reportBatchIntent(
    options.at,
    options.events.filter((e) => e.messages.length > 0).map((e) => `${e.periodId}.${e.kind}`),
  );
  return (
    added + (await enqueueMessages(tx, { intentId, blocId: options.blocId, messages: combined, now: options.now }))
  );
}

function combinedMessage(entries: EventMessage[]): OutgoingMessage {
  const first = entries[0]!.message;
  const items = entries.map((entry) => entry.item);
  if (entries.some((entry) => entry.toSignatory)) items.push({ key: "reports.combined_signatory_request" });
  const after = entries.find((entry) => entry.escalatesAfter !== null)?.escalatesAfter;
  if (after !== undefined && after !== null) items.push({ key: "reports.combined_signatory_note", params: { after } });
  const buttons = entries.flatMap((entry) => (entry.button ? [[entry.button]] : []));
  return {
    recipientKey: first.recipientKey,
    personId: first.personId ?? null,
    chatId: first.chatId,
    textKey: entries.some((entry) => !entry.toSignatory && entry.button !== null)
      ? "reports.combined_reminder"
      : "reports.combined_escalation",
    textParams: { count: entries.length, items },
    buttons,
  };
}
