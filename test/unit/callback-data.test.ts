import { describe, expect, test } from "vitest";
import { decodeCallback, encodeCallback, type CallbackData } from "../../src/bot/callback-data.js";

const samples: CallbackData[] = [
  { kind: "conference_rsvp", conferenceId: "cmabc1234567890abcdefghij", answer: "deputy" },
  { kind: "conference_mark_unit", conferenceId: "cmabc1234567890abcdefghij", unitId: "cmabc1234567890abcdefghik" },
  { kind: "conference_reminders", conferenceId: "cmabc1234567890abcdefghij", target: "attendee" },
  { kind: "conference_skip", step: "agenda" },
];

describe("callback data", () => {
  test.each(samples)("round-trips %o within Telegram's 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  test.each(["", "zz", "hr:cmabc1234567890abcdefghij:maybe", "hs:title"])("rejects %j", (raw) => {
    expect(decodeCallback(raw)).toBeNull();
  });
});
