import type { Db, Tx } from "../../db/create-database.js";
import type { MemberRole } from "../../generated/prisma/client.js";
import { findAudienceReach, type Audience as FoundAudience } from "../audiences/find-audience.js";
import { DomainError } from "../domain-error.js";
import type { Audience } from "./announcement-draft-schema.js";

export type AudienceRecipient = { recipientKey: string; personId: string | null; chatId: bigint };

const roles: Partial<Record<Audience, MemberRole[]>> = { signatories: ["signatory"], liaisons: ["liaison"] };

// Who an announcement goes to: its audience as every area finds one (findAudience), never the author, who
// already saw the preview; or the bloc's linked group chat.
export async function resolveAudience(
  db: Db | Tx,
  options: { blocId: string; audience: Audience; unitIds?: string[]; authorId: string },
): Promise<AudienceRecipient[]> {
  return (await resolveAudienceReach(db, options)).recipients;
}

// The recipients and, counted apart, the people of the audience Telegram reported unreachable.
export async function resolveAudienceReach(
  db: Db | Tx,
  options: { blocId: string; audience: Audience; unitIds?: string[]; authorId: string },
): Promise<{ recipients: AudienceRecipient[]; unreachable: number }> {
  if (options.audience === "group") {
    const bloc = await db.bloc.findUnique({ where: { id: options.blocId } });
    if (!bloc?.groupChatId) throw new DomainError("announce.error_no_group");
    return {
      recipients: [{ recipientKey: `chat:${bloc.groupChatId}`, personId: null, chatId: bloc.groupChatId }],
      unreachable: 0,
    };
  }
  if (options.audience === "units" && (options.unitIds ?? []).length === 0)
    throw new DomainError("announce.error_no_units");
  const audience: FoundAudience =
    options.audience === "everyone"
      ? { kind: "bloc" }
      : {
          kind: "units",
          unitIds: options.audience === "units" ? options.unitIds : undefined,
          roles: roles[options.audience],
        };
  const { people, unreachable } = await findAudienceReach(db, {
    blocId: options.blocId,
    audience,
    excludePersonIds: [options.authorId],
  });
  const recipients = people.map((person) => ({
    recipientKey: `person:${person.id}`,
    personId: person.id,
    chatId: person.chatId,
  }));
  return { recipients, unreachable };
}
