import { describe, expect, test } from "vitest";
import { conferenceActionEncoders } from "../../src/bot/features/conference/conference-action-encoders.js";
import {
  answerInvitation,
  changeReminders,
  markUnit,
  skipStep,
} from "../../src/bot/features/conference/conference-callbacks.js";

const conferenceId = "cmabc1234567890abcdefghij";
const unitId = "cmabc1234567890abcdefghik";

// The codes are the ones buttons already sent carry, so those still answer after the move.
describe("conference callback data", () => {
  test("keeps the old wire format within Telegram's 64 bytes", () => {
    const packed = [
      answerInvitation.pack({ conferenceId, answer: "deputy" }),
      markUnit.pack({ conferenceId, unitId }),
      changeReminders.pack({ conferenceId, target: "attendee" }),
      skipStep.pack({ step: "agenda" }),
    ];
    expect(packed).toEqual([
      `hr:${conferenceId}:deputy`,
      `hu:${conferenceId}:${unitId}`,
      `hn:${conferenceId}:attendee`,
      "hs:agenda",
    ]);
    for (const raw of packed) expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(64);
    expect(markUnit.unpack(packed[1]!)).toEqual({ conferenceId, unitId });
  });

  test.each([`hr:${conferenceId}:maybe`, "hr:DROP TABLE:attending", "hs:title", `hu:${conferenceId}`])(
    "rejects %j",
    (raw) => {
      const codecs = [answerInvitation, skipStep, markUnit];
      expect(codecs.map((codec) => codec.unpack(raw))).toEqual([null, null, null]);
    },
  );

  test("queued buttons render to the same data as the codecs", () => {
    expect(
      conferenceActionEncoders["conference.rsvp"]({ type: "conference.rsvp", conferenceId, answer: "absent" }),
    ).toBe(`hr:${conferenceId}:absent`);
    expect(conferenceActionEncoders["conference.check_in"]({ type: "conference.check_in", conferenceId })).toBe(
      `hi:${conferenceId}`,
    );
  });
});
