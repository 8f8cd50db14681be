// The first 16 hex digits of a SHA-256 in groups of four: enough to compare by eye, short enough for a phone.
export function shortFingerprint(sha256: string): string {
  return (sha256.slice(0, 16).match(/.{4}/g) ?? []).join(" ").toUpperCase();
}
