import type { Db } from "../../db/create-database.js";
import { unitStatuses } from "./unit-statuses.js";

// Drafts still open for comments (newest deadline last), each with this unit's status when there is a unit.
export async function listDrafts(
  db: Db,
  options: { blocId: string; unitId: string | null; now: Date; includeClosed?: boolean },
) {
  const drafts = await db.draft.findMany({
    where: { blocId: options.blocId, ...(options.includeClosed ? {} : { deadline: { gt: options.now } }) },
    orderBy: { deadline: "asc" },
    include: { versions: { orderBy: { number: "desc" }, take: 1 } },
    take: 20,
  });
  return Promise.all(
    drafts.map(async (draft) => {
      const statuses = await unitStatuses(db, { blocId: options.blocId, draftId: draft.id });
      const mine = options.unitId ? (statuses.find((s) => s.unitId === options.unitId) ?? null) : null;
      return {
        draft,
        version: draft.versions[0]!,
        mine,
        answered: statuses.filter((s) => s.status !== "silent").length,
        units: statuses.length,
      };
    }),
  );
}
