import type { Db } from "../../db/create-database.js";

// The bloc's latest announcements with how many recipients acknowledged each.
export async function listAnnouncements(db: Db, options: { blocId: string; limit: number }) {
  const rows = await db.announcement.findMany({
    where: { blocId: options.blocId },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    include: { _count: { select: { acks: true } } },
  });
  return rows.map(({ _count, ...announcement }) => ({ ...announcement, ackCount: _count.acks }));
}
