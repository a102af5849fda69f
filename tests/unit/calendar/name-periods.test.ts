import { describe, expect, it } from "vitest";
import { namePeriods } from "@/domain/calendar";

const named = (name: string, validFrom: string, validTo: string | null = null) => ({
  name,
  shortName: name.slice(0, 4),
  validFrom,
  validTo,
});

describe("namePeriods", () => {
  it.each([
    ["no names", [], []],
    ["one current name", [named("Sở Xây dựng", "2016-01-01")], [["Sở Xây dựng", "2016-01-01", null]]],
    [
      "a name that ended at a merger: the last day is the day before it",
      [named("Sở Tài nguyên và Môi trường", "2016-01-01", "2025-03-01")],
      [["Sở Tài nguyên và Môi trường", "2016-01-01", "2025-02-28"]],
    ],
    [
      "two renamings in one year, listed oldest first whatever the stored order",
      [
        named("Sở C", "2024-09-01"),
        named("Sở A", "2016-01-01", "2024-03-01"),
        named("Sở B", "2024-03-01", "2024-09-01"),
      ],
      [
        ["Sở A", "2016-01-01", "2024-02-29"],
        ["Sở B", "2024-03-01", "2024-08-31"],
        ["Sở C", "2024-09-01", null],
      ],
    ],
    [
      "a name without a stored end: it stops where the next begins",
      [named("Sở A", "2016-01-01"), named("Sở B", "2020-01-01")],
      [
        ["Sở A", "2016-01-01", "2019-12-31"],
        ["Sở B", "2020-01-01", null],
      ],
    ],
  ])("of %s", (_case, names, expected) => {
    expect(namePeriods(names).map((period) => [period.name, period.from, period.until])).toEqual(expected);
  });
});
