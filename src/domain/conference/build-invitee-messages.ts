import type { Tx } from "../../db/create-database.js";
import type { OutgoingMessage, TextParam } from "../delivery/enqueue-messages.js";
import type { MessageButton } from "../delivery/message-action.js";

export type InviteeMessageOptions = {
  blocId: string;
  // For members of units (they answer for their unit, so they get the answer buttons) and for the board.
  unitTextKey: string;
  boardTextKey: string;
  textParams: Record<string, TextParam>;
  unitButtons?: MessageButton[][];
};

// One message to every active person of the bloc, once each: unit members with their unit named and the
// buttons, board members without buttons (the board does not answer for a unit).
export async function buildInviteeMessages(tx: Tx, options: InviteeMessageOptions): Promise<OutgoingMessage[]> {
  const memberships = await tx.membership.findMany({
    where: { blocId: options.blocId, removedAt: null },
    include: { person: true, unit: true },
    orderBy: [{ unit: { position: "asc" } }, { joinedAt: "asc" }],
  });
  const seen = new Set<string>();
  return memberships
    .filter((m) => !seen.has(m.personId) && seen.add(m.personId))
    .map((m) => ({
      recipientKey: `person:${m.personId}`,
      personId: m.personId,
      chatId: m.person.chatId,
      textKey: m.unit ? options.unitTextKey : options.boardTextKey,
      textParams: { ...options.textParams, unit: m.unit?.name ?? "" },
      ...(m.unit && options.unitButtons ? { buttons: options.unitButtons } : {}),
    }));
}
