import { z } from "zod";
import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { draftReminderIntent } from "./draft-intents.js";
import type { DraftButtons } from "./distribute-version.js";
import { listUnitMembers } from "./list-unit-members.js";
import { unitStatuses } from "./unit-statuses.js";

const OffsetsSchema = z.array(z.number().int().positive());

// Before the deadline, members of units that neither commented nor said "no comments" are reminded.
// Only the latest reminder that applies now is sent, so a bot that was down catches up with one message,
// not a burst; the outbox key (draft, deadline, offset, person) makes a second run add nothing.
export async function remindSilentUnits(
  db: Db,
  options: { now: Date; timeZone: string; batchSize?: number; buttons?: DraftButtons },
) {
  const horizon = new Date(options.now.getTime() + 366 * 24 * 60 * 60 * 1000);
  const drafts = await db.draft.findMany({
    where: { deadline: { gt: options.now, lt: horizon } },
    orderBy: { deadline: "asc" },
    take: options.batchSize ?? 50,
  });
  let reminded = 0;
  for (const draft of drafts) {
    const minutesLeft = (draft.deadline.getTime() - options.now.getTime()) / 60_000;
    const due = OffsetsSchema.parse(JSON.parse(draft.reminderOffsets))
      .filter((offset) => minutesLeft <= offset)
      .sort((a, b) => a - b)[0];
    if (due === undefined) continue;
    const silent = (await unitStatuses(db, { blocId: draft.blocId, draftId: draft.id })).filter(
      (unit) => unit.status === "silent",
    );
    if (silent.length === 0) continue;
    const members = await listUnitMembers(db, { blocId: draft.blocId, unitIds: silent.map((unit) => unit.unitId) });
    const unitName = new Map(silent.map((unit) => [unit.unitId, unit.unitName]));
    reminded += await db.$transaction((tx) =>
      enqueueMessages(tx, {
        intentId: draftReminderIntent(draft.id, draft.deadline, due),
        blocId: draft.blocId,
        now: options.now,
        messages: members.map((m) => ({
          recipientKey: `person:${m.personId}`,
          personId: m.personId,
          chatId: m.person.chatId,
          textKey: "drafts.reminder",
          textParams: {
            title: draft.title,
            unit: unitName.get(m.unitId!) ?? "",
            deadline: formatDateTime(draft.deadline, options.timeZone),
          },
          ...(options.buttons ? { replyMarkup: { inline_keyboard: options.buttons(draft.id) } } : {}),
        })),
      }),
    );
  }
  return { drafts: drafts.length, reminded };
}
