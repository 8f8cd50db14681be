import type { Tx } from "../../db/create-database.js";
import type { Conference } from "../../generated/prisma/client.js";
import { dateTimeParam, enqueueMessages, type OutgoingMessage } from "../delivery/enqueue-messages.js";
import { storeFile, type FileToStore } from "../delivery/store-file.js";

// Builds the conference's calendar file (.ics); made outside the domain, which writes no files itself.
export type MakeCalendarFile = (conference: Conference) => FileToStore;

// The calendar file after the invitation or a time change, to the same people, in the same intent: stored once
// with the rows, so a restart still sends it, and sent after the message it belongs to.
export async function queueCalendarFile(
  tx: Tx,
  options: { conference: Conference; intentId: string; messages: OutgoingMessage[]; make: MakeCalendarFile; now: Date },
): Promise<void> {
  if (options.messages.length === 0) return;
  const stored = await storeFile(tx, { file: options.make(options.conference), now: options.now });
  await enqueueMessages(tx, {
    intentId: options.intentId,
    blocId: options.conference.blocId,
    now: options.now,
    messages: options.messages.map((message) => ({
      recipientKey: `${message.recipientKey}:ics`,
      personId: message.personId,
      chatId: message.chatId,
      kind: "document",
      storedFileId: stored.id,
      textKey: "conference.ics_caption",
      textParams: { title: options.conference.title, time: dateTimeParam(options.conference.startsAt) },
    })),
  });
}
