import type { Db, Tx } from "../../db/create-database.js";
import type { MemberRole } from "../../generated/prisma/client.js";
import { DomainError } from "../domain-error.js";
import type { Audience } from "./announcement-draft-schema.js";

export type AudienceRecipient = { recipientKey: string; personId: string | null; chatId: bigint };

const roles: Partial<Record<Audience, MemberRole[]>> = { signatories: ["signatory"], liaisons: ["liaison"] };

// Who an announcement goes to: active members (one message per person, however many roles they hold),
// never the author, who already saw the preview; or the bloc's linked group chat.
export async function resolveAudience(
  db: Db | Tx,
  options: { blocId: string; audience: Audience; unitIds?: string[]; authorId: string },
): Promise<AudienceRecipient[]> {
  if (options.audience === "group") {
    const bloc = await db.bloc.findUnique({ where: { id: options.blocId } });
    if (!bloc?.groupChatId) throw new DomainError("announce.error_no_group");
    return [{ recipientKey: `chat:${bloc.groupChatId}`, personId: null, chatId: bloc.groupChatId }];
  }
  if (options.audience === "units" && (options.unitIds ?? []).length === 0)
    throw new DomainError("announce.error_no_units");
  const memberships = await db.membership.findMany({
    where: {
      blocId: options.blocId,
      removedAt: null,
      personId: { not: options.authorId },
      ...(roles[options.audience] ? { role: { in: roles[options.audience] } } : {}),
      ...(options.audience === "units" ? { unitId: { in: options.unitIds } } : {}),
    },
    include: { person: true },
    orderBy: { joinedAt: "asc" },
  });
  const seen = new Map<string, AudienceRecipient>();
  for (const { person } of memberships) {
    if (!seen.has(person.id))
      seen.set(person.id, { recipientKey: `person:${person.id}`, personId: person.id, chatId: person.chatId });
  }
  return [...seen.values()];
}
