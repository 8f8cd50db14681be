import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { getCertificateData } from "../domain/signing/get-certificate-data.js";
import { listUncertifiedRounds } from "../domain/signing/list-uncertified-rounds.js";
import { queueCertificate } from "../domain/signing/queue-certificate.js";
import type { Translator } from "../i18n/translator.js";

// Called right after the last signature and by a job every minute, so a crash in between still sends it; the
// conditional update in queueCertificate sends it once.
export async function sendDueCertificates(
  db: Db,
  options: { now: Date; timeZone: string; translator: Translator; locale: Locale; roundId?: string },
) {
  const rounds = await listUncertifiedRounds(db, { limit: 5, roundId: options.roundId });
  const t = options.translator.forLocale(options.locale);
  let queued = 0;
  for (const round of rounds) {
    const data = await getCertificateData(db, { blocId: round.blocId, roundId: round.id });
    if (!data) continue;
    const { buildSigningCertificate } = await import("../documents/build-signing-certificate.js");
    const bytes = await buildSigningCertificate(
      {
        ...data,
        // The signed text is the final one, not one more draft ("Dự thảo lần 2").
        versionLabel: data.versionNumber
          ? t("drafts.final_version_label", { number: data.versionNumber })
          : data.fileName,
        timeZone: options.timeZone,
      },
      t,
    );
    queued += await queueCertificate(db, {
      roundId: round.id,
      file: {
        name: `chung-nhan-ky-giao-uoc-${data.sha256.slice(0, 8)}.docx`,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        bytes,
      },
      now: options.now,
    });
  }
  return { rounds: rounds.length, queued };
}
