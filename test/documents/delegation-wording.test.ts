import { describe, expect, test } from "vitest";
import { composeCertificateText } from "../../src/documents/compose-certificate-text.js";
import { readLocaleFile } from "../../src/i18n/translator.js";
import { sampleCertificate } from "./fixtures/sample-signing.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

// "Uỷ quyền" (delegation) is spelled the bot's way, with the tone mark on ỷ, in the bot and on the certificate.
describe("one spelling of uỷ quyền", () => {
  test("the certificate's delegate row says what the bot's delegation button says", () => {
    const t = strictTranslate("vi");
    const text = composeCertificateText(sampleCertificate(), t);
    const delegate = text.rows.find((row) => row.role.startsWith("Ký thay ("))!;
    expect(delegate.role).toBe("Ký thay (theo uỷ quyền của Võ Văn Hùng)");
    const bot = t("signing.delegate_button").toLocaleLowerCase("vi");
    expect(bot).toContain("uỷ quyền");
    expect(delegate.role).toContain(bot.replace(" ký thay", ""));
  });

  test("no Vietnamese text uses the other spelling", () => {
    const vi = readLocaleFile("vi");
    expect(Object.entries(vi).filter(([, value]) => /ủy/i.test(value))).toEqual([]);
  });
});
