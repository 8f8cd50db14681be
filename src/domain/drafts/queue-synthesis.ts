import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { storeFile, type FileToStore } from "../delivery/store-file.js";
import { draftSynthesisIntent } from "./draft-intents.js";

export type SynthesisFile = FileToStore;

// At the deadline the leader unit receives the synthesis table as files. The files are stored with the messages
// so a restart still sends them; the conditional update makes a second run send nothing.
export async function queueSynthesis(
  db: Db,
  options: {
    draftId: string;
    files: SynthesisFile[];
    summary: { rows: number; agreed: number; silent: number };
    now: Date;
  },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findUniqueOrThrow({ where: { id: options.draftId } });
    const claimed = await tx.draft.updateMany({
      where: { id: draft.id, synthesisSentAt: null, deadline: { lte: options.now } },
      data: { synthesisSentAt: options.now },
    });
    if (claimed.count === 0) return 0;
    const leaders = await findAudience(tx, { blocId: draft.blocId, audience: { kind: "leader_unit" } });
    let queued = 0;
    for (const [index, file] of options.files.entries()) {
      const stored = await storeFile(tx, { file, now: options.now });
      queued += await enqueueMessages(tx, {
        intentId: `${draftSynthesisIntent(draft.id, draft.deadline)}:${index}`,
        blocId: draft.blocId,
        now: options.now,
        messages: messagesToPeople(leaders, {
          kind: "document",
          storedFileId: stored.id,
          textKey: "drafts.synthesis_ready",
          textParams: { title: draft.title, ...options.summary },
        }),
      });
    }
    await recordAudit(tx, {
      blocId: draft.blocId,
      actor: {},
      action: "draft.synthesis_sent",
      subjectType: "draft",
      subjectId: draft.id,
      details: { ...options.summary, recipients: leaders.length },
      now: options.now,
    });
    return queued;
  });
}
