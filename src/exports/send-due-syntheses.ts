import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { getSynthesisData } from "../domain/drafts/get-synthesis-data.js";
import { listDueSyntheses } from "../domain/drafts/list-due-syntheses.js";
import { queueSynthesis } from "../domain/drafts/queue-synthesis.js";
import type { Translator } from "../i18n/translator.js";
import { makeSynthesisFiles } from "./make-synthesis-files.js";

// The job behind "automatically at the deadline": builds the Word and Excel tables and queues them for the
// leader unit. It is an administrative document, so it is written in the bloc's default language.
export async function sendDueSyntheses(
  db: Db,
  options: { now: Date; timeZone: string; translator: Translator; locale: Locale; batchSize?: number },
) {
  const due = await listDueSyntheses(db, { now: options.now, limit: options.batchSize ?? 10 });
  let queued = 0;
  for (const draft of due) {
    const data = await getSynthesisData(db, { blocId: draft.blocId, draftId: draft.id });
    const files = await makeSynthesisFiles(data, {
      t: options.translator.forLocale(options.locale),
      timeZone: options.timeZone,
      now: options.now,
    });
    queued += await queueSynthesis(db, {
      draftId: draft.id,
      files: [files.docx, files.xlsx],
      summary: { rows: data.rows.length, agreed: data.agreedUnits.length, silent: data.silentUnits.length },
      now: options.now,
    });
  }
  return { drafts: due.length, queued };
}
