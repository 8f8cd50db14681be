import type { Db, Tx } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";

export type RecipientLabel = { name: string; unitName: string | null; unitPosition: number };

// Names and units of people, as the bloc knows them now (a unit name, or null for the board).
export async function describeRecipients(
  db: Db | Tx,
  options: { blocId: string; personIds: string[] },
): Promise<Map<string, RecipientLabel>> {
  const ids = [...new Set(options.personIds)];
  const people = await db.person.findMany({
    where: { id: { in: ids } },
    include: {
      memberships: {
        where: { blocId: options.blocId },
        include: { unit: true },
        orderBy: { joinedAt: "desc" },
        take: 1,
      },
    },
  });
  return new Map(
    people.map((person) => {
      const unit = person.memberships[0]?.unit ?? null;
      return [
        person.id,
        { name: personName(person), unitName: unit?.name ?? null, unitPosition: unit?.position ?? -1 },
      ];
    }),
  );
}
