import { describe, expect, test } from "vitest";
import { decodeCallback, encodeCallback, type CallbackData } from "../../src/bot/callback-data.js";

const samples: CallbackData[] = [
  { kind: "invite_unit", unitId: "board" },
  { kind: "invite_unit", unitId: "cmabc1234567890abcdefghij" },
  { kind: "invite_role", unitId: "cmabc1234567890abcdefghij", role: "liaison" },
  { kind: "member_remove", membershipId: "cmabc1234567890abcdefghij" },
  { kind: "member_remove_confirm", membershipId: "cmabc1234567890abcdefghij" },
];

describe("callback data", () => {
  test.each(samples)("round-trips %o within Telegram's 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  test.each([
    "",
    "zz",
    "ir:cmabc1234567890abcdefghij:board",
    "mr:DROP TABLE",
    "iu",
    "hr:cmabc1234567890abcdefghij:maybe",
    "hs:title",
  ])("rejects %j", (raw) => {
    expect(decodeCallback(raw)).toBeNull();
  });
});
