import { createHash, randomBytes } from "node:crypto";

// 24 random bytes = 192 bits, 32 base64url characters: fits Telegram's 64-character start parameter.
const tokenBytes = 24;
const tokenPattern = /^[A-Za-z0-9_-]{32}$/;

export function generateInviteToken(): string {
  return randomBytes(tokenBytes).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedInviteToken(token: string): boolean {
  return tokenPattern.test(token);
}

export function inviteLink(botUsername: string, token: string): string {
  return `https://t.me/${botUsername}?start=${token}`;
}
