import type { Tx } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type OutgoingMessage } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { findCurrentTerm } from "./find-current-term.js";

type StartTermOptions = { termId: string; now: Date };

// Leader powers move to the term: it becomes the current one (the policy reads the latest started term, so the
// old leader unit's /invite is refused from here on and the new one's works). In the same transaction everyone is
// told, the new leader unit gets the button to prepare its year, and the people whose role changed get their
// command menu set again. Claimed with startedAt, so a second run (or a second process) does nothing.
export async function startTerm(tx: Tx, options: StartTermOptions): Promise<boolean> {
  const term = await tx.term.findUniqueOrThrow({
    where: { id: options.termId },
    include: { leaderUnit: true, deputyUnit: true },
  });
  if (term.startedAt) return false;
  const previous = await findCurrentTerm(tx, term.blocId);
  const claimed = await tx.term.updateMany({
    where: { id: term.id, startedAt: null },
    data: { startedAt: options.now, updatedAt: options.now },
  });
  if (claimed.count === 0) return false;
  const people = await findAudience(tx, { blocId: term.blocId, audience: { kind: "bloc" } });
  const oldLeaderUnitId = previous && previous.leaderUnitId !== term.leaderUnitId ? previous.leaderUnitId : null;
  const params = {
    year: term.year,
    leader: term.leaderUnit.name,
    deputy: term.deputyUnit?.name ?? { key: "term.no_deputy" },
    previous: previous?.leaderUnit.name ?? { key: "term.no_deputy" },
  };
  const messages: OutgoingMessage[] = people.map((person) => ({
    recipientKey: `person:${person.id}`,
    personId: person.id,
    chatId: person.chatId,
    ...noticeFor(person.unitId, { termId: term.id, leaderUnitId: term.leaderUnitId, oldLeaderUnitId }),
    textParams: params,
  }));
  await enqueueMessages(tx, { intentId: `term-start:${term.id}`, blocId: term.blocId, messages, now: options.now });
  // Only the two leader units' menus change: the board's and the other units' commands are the same either way.
  const changed = people.filter((p) => p.unitId === term.leaderUnitId || p.unitId === oldLeaderUnitId);
  await enqueueMessages(tx, {
    intentId: `term-menu:${term.id}`,
    blocId: term.blocId,
    messages: messagesToPeople(changed, { kind: "menu" }),
    now: options.now,
  });
  await recordAudit(tx, {
    blocId: term.blocId,
    actor: {},
    action: "term.started",
    subjectType: "term",
    subjectId: term.id,
    details: { year: term.year, leaderUnitId: term.leaderUnitId, previousTermId: previous?.id ?? null },
    now: options.now,
  });
  return true;
}

type Roles = { termId: string; leaderUnitId: string; oldLeaderUnitId: string | null };

function noticeFor(unitId: string | null, roles: Roles): Pick<OutgoingMessage, "textKey" | "buttons"> {
  if (unitId === roles.leaderUnitId)
    return {
      textKey: "term.started_new_leader",
      buttons: [[{ textKey: "term.start_year_button", action: { type: "term.start_year", termId: roles.termId } }]],
    };
  if (unitId !== null && unitId === roles.oldLeaderUnitId) return { textKey: "term.started_old_leader" };
  return { textKey: "term.started_notice" };
}
