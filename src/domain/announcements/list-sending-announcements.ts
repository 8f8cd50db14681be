import type { Db } from "../../db/create-database.js";

// Broadcasts still going out, oldest first, for the progress reporter.
export async function listSendingAnnouncements(db: Db, options: { limit: number }) {
  return db.announcement.findMany({ where: { state: "sending" }, orderBy: { createdAt: "asc" }, take: options.limit });
}
