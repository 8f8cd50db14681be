import type { Tx } from "../../../db/create-database.js";
import { findAudience, type Audience } from "../../audiences/find-audience.js";
import { enqueueMessages, type TextParam } from "../../delivery/enqueue-messages.js";

// Every change of a sheet someone else must act on is told through the outbox, in the recipient's language.
export async function notifySheet(
  tx: Tx,
  options: {
    intentId: string;
    blocId: string;
    audience: Audience;
    textKey: string;
    textParams: Record<string, TextParam>;
    now: Date;
  },
): Promise<number> {
  const people = await findAudience(tx, { blocId: options.blocId, audience: options.audience });
  return enqueueMessages(tx, {
    intentId: options.intentId,
    blocId: options.blocId,
    now: options.now,
    messages: people.map((person) => ({
      recipientKey: `person:${person.id}`,
      personId: person.id,
      chatId: person.chatId,
      textKey: options.textKey,
      textParams: options.textParams,
    })),
  });
}
