import { describe, expect, test } from "vitest";
import { checkInWindow } from "../../src/domain/conference/check-in-window.js";
import { parseAttendeeLines } from "../../src/domain/conference/parse-attendee-lines.js";
import { mapLink } from "../../src/domain/conference/map-link.js";
import { conferenceOffsetRules } from "../../src/domain/conference/conference-schemas.js";
import { parseConferenceTime } from "../../src/domain/conference/parse-conference-time.js";
import { DomainError } from "../../src/domain/domain-error.js";
import { parseOffsets } from "../../src/domain/schedules/parse-offsets.js";

// Runs under TZ=America/New_York (vitest.config.ts): every instant below is Vietnam time written in UTC.
const timeZone = "Asia/Ho_Chi_Minh";
const now = new Date("2018-03-10T02:00:00Z");
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("not refused");
};

describe("conference time", () => {
  test.each([
    ["20/03/2018 08:00", "2018-03-20T01:00:00.000Z"],
    ["20/3/2018 8:30", "2018-03-20T01:30:00.000Z"],
    ["20-03-2018 08h00", "2018-03-20T01:00:00.000Z"],
    ["20.03.2018 lúc 14g", "2018-03-20T07:00:00.000Z"],
  ])("%s is %s", (text, iso) => {
    expect(parseConferenceTime(text, { timeZone, now }).toISOString()).toBe(iso);
  });

  test("a day alone, a bad date and a past time are refused with their own message", () => {
    expect(refusal(() => parseConferenceTime("20/03/2018", { timeZone, now })).code).toBe("conference.error_no_time");
    expect(refusal(() => parseConferenceTime("30/02/2018 08:00", { timeZone, now })).code).toBe(
      "conference.error_bad_time",
    );
    expect(refusal(() => parseConferenceTime("20/03/2018 24:00", { timeZone, now })).code).toBe(
      "conference.error_bad_time",
    );
    expect(refusal(() => parseConferenceTime("ngày mai", { timeZone, now })).code).toBe("conference.error_bad_time");
    expect(refusal(() => parseConferenceTime("10/03/2018 09:00", { timeZone, now }))).toEqual({
      code: "conference.error_past_time",
      params: { time: "10/03/2018 09:00" },
    });
  });

  test("check-in opens two hours before and closes at the end of that Vietnam day", () => {
    const window = checkInWindow(new Date("2018-03-20T01:30:00Z"), timeZone);
    expect(window.opensAt.toISOString()).toBe("2018-03-19T23:30:00.000Z");
    expect(window.closesAt.toISOString()).toBe("2018-03-20T16:59:59.999Z");
  });
});

describe("attendee lines", () => {
  test("«–», «-» and «,» separate name and title; bullets and numbers are dropped", () => {
    expect(
      parseAttendeeLines(
        "Nguyễn Văn An – Phó Giám đốc\n\n- Trần Thị Bình - Chuyên viên\n2. Lê Cường, Trưởng phòng Tổ chức, cán bộ\n• Phạm  Dung—Văn thư",
      ),
    ).toEqual([
      { name: "Nguyễn Văn An", title: "Phó Giám đốc" },
      { name: "Trần Thị Bình", title: "Chuyên viên" },
      { name: "Lê Cường", title: "Trưởng phòng Tổ chức, cán bộ" },
      { name: "Phạm Dung", title: "Văn thư" },
    ]);
  });

  test("a line without a title, an empty list and too many people are refused", () => {
    expect(refusal(() => parseAttendeeLines("Nguyễn Văn An – Phó Giám đốc\nTrần Thị Bình"))).toEqual({
      code: "conference.error_bad_line",
      params: { number: 2, line: "Trần Thị Bình" },
    });
    expect(refusal(() => parseAttendeeLines("– Phó Giám đốc")).code).toBe("conference.error_bad_line");
    expect(refusal(() => parseAttendeeLines(" \n ")).code).toBe("conference.error_no_lines");
    expect(
      refusal(() => parseAttendeeLines(Array.from({ length: 21 }, (_, i) => `Người ${i} – Chuyên viên`).join("\n")))
        .code,
    ).toBe("conference.error_too_many_lines");
  });
});

describe("reminder schedules", () => {
  test.each([
    ["3d, 1d, 2h", [4320, 1440, 120]],
    ["3 ngày, 2 giờ, 30 phút", [4320, 120, 30]],
    ["4320, 1440", [4320, 1440]],
    ["1 day 2 hours", [1440, 120]],
    ["tắt", []],
    ["off", []],
  ])("%s", (text, minutes) => {
    expect(parseOffsets(text, conferenceOffsetRules)).toEqual(minutes);
  });

  test.each(["mai", "2 tuần", "1m", "61d", "1d,2d,3d,4d,5d,6d", ""])("%j is refused", (text) => {
    expect(refusal(() => parseOffsets(text, conferenceOffsetRules)).code).toBe("conference.error_bad_offsets");
  });
});

describe("map link", () => {
  test("a venue with an address gets a map search; a room name does not", () => {
    expect(mapLink("Hội trường Sở Văn hóa và Thể thao, 07 Nguyễn Công Trứ, Rạch Giá")).toBe(
      "https://www.google.com/maps/search/?api=1&query=H%E1%BB%99i%20tr%C6%B0%E1%BB%9Dng%20S%E1%BB%9F%20V%C4%83n%20h%C3%B3a%20v%C3%A0%20Th%E1%BB%83%20thao%2C%2007%20Nguy%E1%BB%85n%20C%C3%B4ng%20Tr%E1%BB%A9%2C%20R%E1%BA%A1ch%20Gi%C3%A1",
    );
    expect(mapLink("12 Lê Lợi")).not.toBeNull();
    expect(mapLink("Phòng họp số 2, Sở Văn hóa và Thể thao")).toBeNull();
    expect(mapLink("Hội trường Sở Du lịch")).toBeNull();
  });
});
