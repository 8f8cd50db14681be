import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { buildSigningCertificate } from "../documents/build-signing-certificate.js";
import { getCertificateData } from "../domain/signing/get-certificate-data.js";
import { listUncertifiedRounds } from "../domain/signing/list-uncertified-rounds.js";
import { queueCertificate } from "../domain/signing/queue-certificate.js";
import type { Translator } from "../i18n/translator.js";

// Called right after the last signature and by a job every minute, so a crash in between still sends it; the
// conditional update in queueCertificate sends it once.
export async function sendDueCertificates(db: Db, options: { now: Date; timeZone: string; translator: Translator; locale: Locale; roundId?: string }) {
  const rounds = options.roundId ? [{ id: options.roundId }] : await listUncertifiedRounds(db, { limit: 5 });
  const t = options.translator.forLocale(options.locale);
  let queued = 0;
  for (const { id } of rounds) {
    const round = await db.signingRound.findUnique({ where: { id } });
    if (!round || round.state !== "completed" || round.certificateSentAt) continue;
    const data = await getCertificateData(db, { blocId: round.blocId, roundId: id });
    if (!data) continue;
    const bytes = await buildSigningCertificate(
      { ...data, versionLabel: data.versionNumber ? t("drafts.version_label", { number: data.versionNumber }) : data.fileName, timeZone: options.timeZone },
      t,
    );
    queued += await queueCertificate(db, {
      roundId: id,
      file: { name: `chung-nhan-ky-giao-uoc-${data.sha256.slice(0, 8)}.docx`, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes },
      now: options.now,
    });
  }
  return { rounds: rounds.length, queued };
}
