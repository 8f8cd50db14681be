import type { Db } from "../../db/create-database.js";
import { completeAnnouncement } from "./complete-announcement.js";
import { getAnnouncementProgress, type AnnouncementProgress } from "./get-announcement-progress.js";
import { listSendingAnnouncements } from "./list-sending-announcements.js";

// Shows where a broadcast stands on the author's progress message; `done` once, after it was completed.
export type ShowAnnouncementProgress = (progress: AnnouncementProgress, done: boolean) => Promise<void>;

// One pass over the broadcasts still going out: each is shown as it stands, and one whose rows are all settled is
// completed (its report queued) and shown as done. It reads only the database, so after a restart it carries on.
export async function trackAnnouncementProgress(
  db: Db,
  options: { now: Date; show: ShowAnnouncementProgress; limit?: number },
) {
  const sending = await listSendingAnnouncements(db, { limit: options.limit ?? 20 });
  let completed = 0;
  for (const announcement of sending) {
    const progress = await getAnnouncementProgress(db, { announcementId: announcement.id });
    if (!progress) continue;
    if (progress.pending > 0) {
      await options.show(progress, false);
      continue;
    }
    const done = await completeAnnouncement(db, { announcementId: announcement.id, now: options.now });
    if (!done) continue;
    completed++;
    await options.show(done, true);
  }
  return { sending: sending.length, completed };
}
