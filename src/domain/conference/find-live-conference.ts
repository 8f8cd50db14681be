import type { Db, Tx } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { DomainError } from "../domain-error.js";
import { findConference } from "./find-conference.js";

// A conference that can still change: not cancelled and, unless `started` is allowed, not yet begun. Buttons from
// an old message land here, so a cancelled conference says so with its reason.
export async function findLiveConference(
  db: Db | Tx,
  options: { blocId: string; conferenceId: string; timeZone: string; now: Date; allowStarted?: boolean },
) {
  const conference = await findConference(db, options);
  if (conference.state === "cancelled")
    throw new DomainError("conference.error_cancelled", {
      title: conference.title,
      reason: conference.cancelReason ?? "",
    });
  if (!options.allowStarted && conference.startsAt <= options.now) {
    throw new DomainError("conference.error_started", {
      title: conference.title,
      time: formatDateTime(conference.startsAt, options.timeZone),
    });
  }
  return conference;
}
