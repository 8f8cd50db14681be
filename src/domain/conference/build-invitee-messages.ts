import type { Tx } from "../../db/create-database.js";
import { findAudienceReach } from "../audiences/find-audience.js";
import type { OutgoingMessage, TextParam } from "../delivery/enqueue-messages.js";
import type { MessageButton } from "../delivery/message-action.js";

export type InviteeMessageOptions = {
  blocId: string;
  // For members of units (they answer for their unit, so they get the answer buttons) and for the board.
  unitTextKey: string;
  boardTextKey: string;
  textParams: Record<string, TextParam>;
  unitButtons?: MessageButton[][];
  // Parameters that differ per unit (its standing answer, in a change notice).
  unitParams?: (unitId: string) => Record<string, TextParam>;
};

// One message to every active person of the bloc, once each: unit members with their unit named and the
// buttons, board members without buttons (the board does not answer for a unit).
export async function buildInviteeMessages(
  tx: Tx,
  options: InviteeMessageOptions,
): Promise<{ messages: OutgoingMessage[]; unreachable: number }> {
  const [{ people, unreachable }, units] = await Promise.all([
    findAudienceReach(tx, { blocId: options.blocId, audience: { kind: "bloc" } }),
    tx.unit.findMany({ where: { blocId: options.blocId } }),
  ]);
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const position = (unitId: string | null) => (unitId ? (unitOf.get(unitId)?.position ?? 0) : -1);
  const messages = people
    .sort((a, b) => position(a.unitId) - position(b.unitId))
    .map((person) => {
      const unit = person.unitId ? unitOf.get(person.unitId) : undefined;
      return {
        recipientKey: `person:${person.id}`,
        personId: person.id,
        chatId: person.chatId,
        textKey: unit ? options.unitTextKey : options.boardTextKey,
        textParams: { ...options.textParams, unit: unit?.name ?? "", ...(unit ? options.unitParams?.(unit.id) : {}) },
        ...(unit && options.unitButtons ? { buttons: options.unitButtons } : {}),
      };
    });
  return { messages, unreachable };
}
