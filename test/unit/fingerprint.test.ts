import { describe, expect, test } from "vitest";
import { confirmSignView } from "../../src/bot/features/signing/confirm-sign-view.js";
import { composeCertificateText } from "../../src/documents/compose-certificate-text.js";
import { formatFingerprint, shortFingerprint } from "../../src/i18n/format-fingerprint.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { sampleCertificate } from "../documents/fixtures/sample-signing.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

describe("the fingerprint has one format", () => {
  test("lowercase hex in groups of four; the short form is the start of the full one", () => {
    expect(formatFingerprint(sha256)).toBe(
      "9f86 d081 884c 7d65 9a2f eaa0 c55a d015 a3bf 4f1b 2b0b 822c d15d 6c15 b0f0 0a08",
    );
    expect(shortFingerprint(sha256)).toBe("9f86 d081 884c 7d65");
    expect(formatFingerprint(` ${sha256.toUpperCase()} `)).toBe(formatFingerprint(sha256));
  });

  test("what the bot shows is literally the start of what the certificate states", () => {
    const certificate = composeCertificateText(sampleCertificate({ sha256: sha256.toUpperCase() }), t);
    expect(certificate.fingerprint).toBe(formatFingerprint(sha256));
    const bot = confirmSignView(t, {
      roundId: "cround0000000000000001",
      role: "signatory",
      unitName: "Sở Y tế",
      title: "Giao ước",
      sha256,
      name: "Lan",
    });
    const shown = /Dấu vân tay: (.+)…/.exec(bot.text)![1]!;
    expect(certificate.fingerprint.startsWith(shown)).toBe(true);
    expect(shown).toBe(shortFingerprint(sha256));
  });
});
