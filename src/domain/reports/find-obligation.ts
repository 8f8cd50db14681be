import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { readObligationSettings } from "./obligation-settings.js";

// One obligation of the bloc with its parsed settings, for the buttons that change it.
export async function findObligation(db: Db, options: { blocId: string; obligationId: string }) {
  const obligation = await db.reportObligation.findFirst({
    where: { id: options.obligationId, blocId: options.blocId },
  });
  if (!obligation) throw new DomainError("reports.error_unknown_obligation");
  return { obligation, settings: readObligationSettings(obligation) };
}
