import type { OutboxMessage } from "../generated/prisma/client.js";

// Due rows, intents taking turns at the head of the list from pass to pass (`turn`): with room for one send per
// pass, a reminder still goes out between the messages of a big broadcast.
export function rotateIntents(due: OutboxMessage[], turn: number): OutboxMessage[] {
  const byIntent = new Map<string, OutboxMessage[]>();
  for (const message of due) {
    const list = byIntent.get(message.intentId) ?? [];
    list.push(message);
    byIntent.set(message.intentId, list);
  }
  const lists = [...byIntent.values()];
  const first = turn % lists.length;
  const ordered = [...lists.slice(first), ...lists.slice(0, first)];
  const result: OutboxMessage[] = [];
  for (let i = 0; result.length < due.length; i++)
    for (const list of ordered) if (i < list.length) result.push(list[i]!);
  return result;
}

// Messages to one chat go out in order, whatever their intent: only its oldest due row is a candidate.
export function oldestPerChat(due: OutboxMessage[]): Map<string, OutboxMessage> {
  const oldest = new Map<string, OutboxMessage>();
  for (const message of due) {
    const chat = String(message.chatId);
    const current = oldest.get(chat);
    if (
      !current ||
      message.createdAt < current.createdAt ||
      (message.createdAt.getTime() === current.createdAt.getTime() && message.id < current.id)
    )
      oldest.set(chat, message);
  }
  return oldest;
}
