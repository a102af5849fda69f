import { describe, expect, it } from "vitest";
import { blocTrend } from "@/domain/rankings";
import { year2023, year2025 } from "./trend-fixtures";

describe("blocTrend", () => {
  it("re-bases each year to % of its own maximum, in year order", () => {
    expect(blocTrend([year2025, year2023])).toEqual([
      {
        year: 2023,
        source: "published",
        unitCount: 3,
        medianPercent: 8000,
        highestPercent: 9000,
        lowestPercent: 5000,
      },
      {
        year: 2025,
        source: "provisional",
        unitCount: 2,
        medianPercent: 8250,
        highestPercent: 9500,
        lowestPercent: 7000,
      },
    ]);
  });

  it("withholds the bloc figures of a year in which the reader sees only their own unit", () => {
    const [point] = blocTrend([{ ...year2025, seesAllUnits: false, units: [year2025.units[0]!] }]);
    expect(point).toMatchObject({
      medianPercent: null,
      highestPercent: null,
      lowestPercent: null,
      unitCount: 2,
    });
  });

  it("is empty for a bloc without years", () => {
    expect(blocTrend([])).toEqual([]);
  });
});
