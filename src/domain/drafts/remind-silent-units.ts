import { z } from "zod";
import type { Db } from "../../db/create-database.js";
import type { Draft } from "../../generated/prisma/client.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import { draftAnswerButtons } from "./draft-answer-buttons.js";
import { draftReminderIntent } from "./draft-intents.js";
import { findAudience } from "../audiences/find-audience.js";
import { unitStatuses } from "./unit-statuses.js";

const OffsetsSchema = z.array(z.number().int().positive());

// The latest reminder that applies now: the smallest offset already reached. A bot that was down catches up with
// one message, not a burst; a reminder whose moment came before the current version went out is skipped (the
// members have just received the draft).
function dueOffset(draft: Draft, distributedAt: Date, now: Date): number | undefined {
  const minutesLeft = (draft.deadline.getTime() - now.getTime()) / 60_000;
  return OffsetsSchema.parse(JSON.parse(draft.reminderOffsets))
    .filter((offset) => minutesLeft <= offset && draft.deadline.getTime() - offset * 60_000 >= distributedAt.getTime())
    .sort((a, b) => a - b)[0];
}

// Before the deadline, members of units that neither commented nor said "no comments" are reminded; the leader
// unit, whose draft it is, is not. The outbox key (draft, deadline, offset, person) makes a second run add nothing.
export async function remindSilentUnits(db: Db, options: { now: Date; batchSize?: number }) {
  const horizon = new Date(options.now.getTime() + 366 * 24 * 60 * 60 * 1000);
  const drafts = await db.draft.findMany({
    where: { deadline: { gt: options.now, lt: horizon } },
    orderBy: { deadline: "asc" },
    include: { versions: { orderBy: { number: "desc" }, take: 1 } },
    take: options.batchSize ?? 50,
  });
  let reminded = 0;
  for (const draft of drafts) {
    const due = dueOffset(draft, draft.versions[0]?.createdAt ?? draft.createdAt, options.now);
    if (due === undefined) continue;
    const term = await findCurrentTerm(db, draft.blocId);
    const silent = (await unitStatuses(db, { blocId: draft.blocId, draftId: draft.id })).filter(
      (unit) => unit.status === "silent" && unit.unitId !== term?.leaderUnitId,
    );
    if (silent.length === 0) continue;
    const unitIds = silent.map((unit) => unit.unitId);
    const members = await findAudience(db, { blocId: draft.blocId, audience: { kind: "units", unitIds } });
    const unitName = new Map(silent.map((unit) => [unit.unitId, unit.unitName]));
    reminded += await db.$transaction((tx) =>
      enqueueMessages(tx, {
        intentId: draftReminderIntent(draft.id, draft.deadline, due),
        blocId: draft.blocId,
        now: options.now,
        messages: members.map((m) => ({
          recipientKey: `person:${m.id}`,
          personId: m.id,
          chatId: m.chatId,
          textKey: "drafts.reminder",
          textParams: {
            title: draft.title,
            unit: unitName.get(m.unitId!) ?? "",
            deadline: dateTimeParam(draft.deadline),
          },
          buttons: draftAnswerButtons(draft.id),
        })),
      }),
    );
  }
  return { drafts: drafts.length, reminded };
}
