import { describe, expect, it } from "vitest";
import { blocTrend, unitTrend, type YearResults } from "@/domain/rankings";

const year2023: YearResults = {
  year: 2023,
  maxPoints: 1000_00,
  source: "published",
  seesAllUnits: true,
  unitCount: 3,
  units: [
    {
      unitId: "a",
      name: "Sở Giao thông vận tải",
      rank: 1,
      total: 900_00,
      classification: "Hoàn thành xuất sắc nhiệm vụ",
    },
    { unitId: "b", name: "Sở Xây dựng", rank: 2, total: 800_00, classification: null },
    { unitId: "c", name: "Sở Công Thương", rank: 3, total: 500_00, classification: null },
  ],
};
const year2025: YearResults = {
  year: 2025,
  maxPoints: 100_00,
  source: "provisional",
  seesAllUnits: true,
  unitCount: 2,
  units: [
    { unitId: "a", name: "Sở Xây dựng", rank: 2, total: 70_00, classification: null },
    { unitId: "c", name: "Sở Công Thương", rank: 1, total: 95_00, classification: null },
  ],
};

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

describe("unitTrend", () => {
  it("follows the unit by id through a renaming, with the name it bore each year", () => {
    const points = unitTrend([year2023, year2025], "a");
    expect(
      points.map((point) => [point.year, point.name, point.rank, point.percent, point.blocMedianPercent]),
    ).toEqual([
      [2023, "Sở Giao thông vận tải", 1, 9000, 8000],
      [2025, "Sở Xây dựng", 2, 7000, 8250],
    ]);
  });

  it("keeps a year in which the unit was not ranked, with empty figures", () => {
    const [, , missing] = unitTrend([year2023, year2025, { ...year2025, year: 2026, units: [] }], "b");
    expect(missing).toMatchObject({ year: 2026, name: null, rank: null, total: null, percent: null });
    expect(unitTrend([year2023, year2025], "b")[1]).toMatchObject({
      year: 2025,
      name: null,
      blocMedianPercent: 8250,
    });
  });
});
