// Outbox intents of one announcement; the progress and acknowledgement views count rows by these.
export const announcementIntent = (announcementId: string) => `announce:${announcementId}`;
export const followUpIntent = (announcementId: string) => `announce:${announcementId}:followup`;
export const reportIntent = (announcementId: string) => `announce:${announcementId}:report`;
