import type { OutgoingMessage } from "./enqueue-messages.js";

// The same message to each person in their private chat, keyed by person so an intent reaches each one once.
export function messagesToPeople(
  people: { id: string; chatId: bigint }[],
  message: Omit<OutgoingMessage, "recipientKey" | "personId" | "chatId">,
): OutgoingMessage[] {
  return people.map((person) => ({
    ...message,
    recipientKey: `person:${person.id}`,
    personId: person.id,
    chatId: person.chatId,
  }));
}
