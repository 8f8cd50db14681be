import { describe, expect, test } from "vitest";
import { parseDeadline } from "../../src/domain/drafts/parse-deadline.js";
import { draftOffsetRules } from "../../src/domain/drafts/draft-offset-rules.js";
import { parseOffsets } from "../../src/domain/schedules/parse-offsets.js";

const parseReminderOffsets = (text: string) => parseOffsets(text, draftOffsetRules);

const vn = { timeZone: "Asia/Ho_Chi_Minh", now: new Date("2018-03-10T02:00:00Z") };

describe("parseDeadline (Vietnam time, whatever the server's TZ)", () => {
  test.each([
    ["15/03/2018", "2018-03-15T10:00:00.000Z"],
    ["15/3/2018 08:00", "2018-03-15T01:00:00.000Z"],
    ["5-4-2018 7h30", "2018-04-05T00:30:00.000Z"],
  ])("%s → %s", (text, iso) => expect(parseDeadline(text, vn).toISOString()).toBe(iso));

  test.each(["mai", "32/01/2018", "29/02/2018", "15/03/18", "15/03/2018 25:00"])("%s cannot be read", (text) => {
    expect(() => parseDeadline(text, vn)).toThrow(expect.objectContaining({ code: "drafts.error_bad_date" }));
  });

  test("a time already past is refused", () => {
    expect(() => parseDeadline("10/03/2018 08:59", vn)).toThrow(
      expect.objectContaining({ code: "drafts.error_past_date" }),
    );
  });
});

describe("parseReminderOffsets", () => {
  test.each([
    ["2 ngày, 2 giờ", [2880, 120]],
    ["3d 1d 2h", [4320, 1440, 120]],
    ["2 hours; 1 day", [1440, 120]],
    ["3 ngày, 2 tiếng", [4320, 120]],
  ])("%s", (text, minutes) => expect(parseReminderOffsets(text)).toEqual(minutes));

  test.each(["", "soon", "30 phút", "0 giờ", "61 ngày", "1d 2d 3d 4d 5d 6d"])("%s is refused", (text) => {
    expect(() => parseReminderOffsets(text)).toThrow(expect.objectContaining({ code: "drafts.error_bad_offsets" }));
  });
});
