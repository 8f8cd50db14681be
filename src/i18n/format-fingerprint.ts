// A SHA-256 the way people compare it, everywhere it is shown (bot messages, the signing certificate): lowercase hex,
// as sha256sum prints it, in groups of four. The bot shows the first 16 digits (its texts add "…"), the certificate
// all 64, so the short form is always the start of the full one.
export const shortFingerprintDigits = 16;

export function formatFingerprint(sha256: string, digits = 64): string {
  const hex = sha256.trim().toLowerCase().slice(0, digits);
  return (hex.match(/.{1,4}/g) ?? []).join(" ");
}

export function shortFingerprint(sha256: string): string {
  return formatFingerprint(sha256, shortFingerprintDigits);
}
