import { formatDateTime } from "../../i18n/format-date-time.js";
import { DomainError } from "../domain-error.js";

// Comments and answers are taken until the deadline; after it the refusal shows the deadline.
export function ensureOpen(draft: { deadline: Date }, options: { now: Date; timeZone: string }): void {
  if (options.now >= draft.deadline)
    throw new DomainError("drafts.error_closed", { deadline: formatDateTime(draft.deadline, options.timeZone) });
}
