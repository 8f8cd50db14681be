import type { Tx } from "../../db/create-database.js";
import type { Draft, DraftVersion } from "../../generated/prisma/client.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { dateTimeParam, enqueueMessages, type TextParam } from "../delivery/enqueue-messages.js";
import { draftAnswerButtons } from "./draft-answer-buttons.js";
import { draftVersionIntent } from "./draft-intents.js";
import { findAudience } from "../audiences/find-audience.js";

// Every active member of every unit gets the document itself, the deadline and the answer buttons.
export async function distributeVersion(
  tx: Tx,
  options: {
    draft: Draft;
    version: DraftVersion;
    now: Date;
    acceptedCount?: number;
  },
): Promise<number> {
  const { draft, version } = options;
  const members = await findAudience(tx, { blocId: draft.blocId, audience: { kind: "units" } });
  const params: Record<string, TextParam> = {
    title: draft.title,
    kind: { key: `drafts.kind_${draft.kind}` },
    deadline: dateTimeParam(draft.deadline),
    version: version.number,
    clauses: JSON.parse(version.clauses).length,
    note: version.note ?? "",
    accepted: options.acceptedCount ?? 0,
  };
  return enqueueMessages(tx, {
    intentId: draftVersionIntent(version.id),
    blocId: draft.blocId,
    now: options.now,
    messages: messagesToPeople(members, {
      kind: "document" as const,
      fileId: version.fileId,
      textKey: version.number === 1 ? "drafts.distributed" : "drafts.version_distributed",
      textParams: params,
      buttons: draftAnswerButtons(draft.id),
    }),
  });
}
