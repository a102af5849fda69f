import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  formatDate,
  fromIsoDay,
  isIsoDay,
  parseFormDate,
  parseVietnameseDate,
  readDate,
  todayInVietnam,
  toIsoDay,
} from "@/domain/calendar";

describe("today in Việt Nam (UTC+7, no daylight saving)", () => {
  it.each([
    ["2024-06-30T16:59:59.999Z", "2024-06-30"], // 23:59:59 in Hà Nội
    ["2024-06-30T17:00:00.000Z", "2024-07-01"], // midnight in Hà Nội, still 30/06 in UTC
    ["2024-06-30T00:00:00.000Z", "2024-06-30"],
    ["2024-12-31T16:59:00.000Z", "2024-12-31"],
    ["2024-12-31T17:00:00.000Z", "2025-01-01"], // the new year starts at 17:00 UTC
    ["2024-02-28T17:00:00.000Z", "2024-02-29"],
    ["2024-03-31T17:30:00.000Z", "2024-04-01"], // no DST shift around European spring-forward
  ])("at %s it is %s", (instant, day) => {
    expect(todayInVietnam(new Date(instant))).toBe(day);
  });

  it("reads the real clock when given none", () => {
    const before = todayInVietnam(new Date(Date.now() - 1000));
    const after = todayInVietnam(new Date(Date.now() + 1000));
    expect([before, after]).toContain(todayInVietnam());
  });
});

describe("ISO days and the UTC midnights a @db.Date column stores", () => {
  it.each(["2024-01-01", "2024-02-29", "2023-12-31", "2025-06-15", "1990-01-01", "2100-12-31"])(
    "%s round-trips through a Date",
    (day) => {
      const date = fromIsoDay(day);
      expect(date.toISOString()).toBe(`${day}T00:00:00.000Z`);
      expect(toIsoDay(date)).toBe(day);
    },
  );

  it.each([
    ["2025-02-31", false],
    ["2025-02-29", false],
    ["2024-02-29", true],
    ["2100-02-29", false], // a century is not a leap year…
    ["2000-02-29", true], // …unless divisible by 400
    ["2024-04-31", false],
    ["2024-13-01", false],
    ["2024-00-10", false],
    ["2024-01-00", false],
    ["2024-1-01", false],
    ["24-01-01", false],
    ["2024/01/01", false],
    ["2024-01-01T00:00:00Z", false],
    ["", false],
    [null, false],
    [20240101, false],
  ])("isIsoDay(%j) is %s", (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });

  it.each(["2025-02-31", "2024-13-01", "31/12/2024", ""])("refuses to store %j as a day", (day) => {
    expect(() => fromIsoDay(day)).toThrow(RangeError);
  });

  it.each([
    ["2024-12-30", 2, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-01-31", 14, "2024-02-14"],
    ["2024-05-05", 0, "2024-05-05"],
  ])("addDays(%s, %d) = %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(days);
  });
});

describe("dates as officials type and read them (dd/mm/yyyy)", () => {
  it.each([
    ["05/03/2024", "2024-03-05"],
    ["5/3/2024", "2024-03-05"],
    [" 29/02/2024 ", "2024-02-29"],
    ["29/02/2023", null],
    ["31/04/2024", null],
    ["31/02/2025", null],
    ["2024-03-05", null],
    ["00/01/2024", null],
    ["", null],
  ])("parseVietnameseDate(%j) = %j", (text, iso) => expect(parseVietnameseDate(text)).toBe(iso));

  it.each([
    ["2024-12-31", "2024-12-31"],
    ["2024-02-30", null],
    ["2025-02-31", null],
    ["31/12/2024", "2024-12-31"],
  ])("parseFormDate(%j) = %j (the date picker's ISO form or a typed date)", (text, iso) =>
    expect(parseFormDate(text)).toBe(iso),
  );

  it.each([
    ["2024-01-12", "12/01/2024"],
    [new Date("2024-01-12T00:00:00.000Z"), "12/01/2024"],
    ["2024-01-12T09:30:00.000Z", "12/01/2024"],
    [null, "—"],
    [undefined, "—"],
  ])("formatDate(%j) = %s", (date, text) => expect(formatDate(date)).toBe(text));

  it.each(["2024-01-01", "2024-02-29", "2025-12-31"])("%s survives formatting and parsing back", (day) => {
    expect(parseVietnameseDate(formatDate(day))).toBe(day);
  });
});

describe("reading a typed date tells a wrong shape from a missing day", () => {
  it.each([
    ["31/02/2025", { problem: "nonexistent", message: "Ngày 31/02/2025 không tồn tại." }],
    ["29/2/2025", { problem: "nonexistent", message: "Ngày 29/02/2025 không tồn tại." }],
    ["31/04/2024", { problem: "nonexistent", message: "Ngày 31/04/2024 không tồn tại." }],
    ["00/01/2024", { problem: "nonexistent", message: "Ngày 00/01/2024 không tồn tại." }],
    ["29/02/2024", { day: "2024-02-29" }],
    [" 5/3/2024 ", { day: "2024-03-05" }],
    ["2024-03-05", { problem: "format", message: '"2024-03-05" không đúng dạng ngày dd/mm/yyyy.' }],
    ["5-3-2024", { problem: "format", message: '"5-3-2024" không đúng dạng ngày dd/mm/yyyy.' }],
  ])("%s", (text, expected) => {
    expect(readDate(text)).toEqual(expected);
  });

  it("a form also takes what a date picker sends, and checks that day too", () => {
    expect(readDate("2024-03-05", { pickerForm: true })).toEqual({ day: "2024-03-05" });
    expect(readDate("2025-02-31", { pickerForm: true })).toEqual({
      problem: "nonexistent",
      message: "Ngày 31/02/2025 không tồn tại.",
    });
  });
});
