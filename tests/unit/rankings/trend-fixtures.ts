import type { YearResults } from "@/domain/rankings";

/** Two years of a bloc on different scales; unit "a" was renamed between them. */
export const year2023: YearResults = {
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
      sharedRank: false,
      scored: true,
      total: 900_00,
      classification: "Hoàn thành xuất sắc nhiệm vụ",
    },
    {
      unitId: "b",
      name: "Sở Xây dựng",
      rank: 2,
      sharedRank: false,
      scored: true,
      total: 800_00,
      classification: null,
    },
    {
      unitId: "c",
      name: "Sở Công Thương",
      rank: 3,
      sharedRank: false,
      scored: true,
      total: 500_00,
      classification: null,
    },
  ],
};
export const year2025: YearResults = {
  year: 2025,
  maxPoints: 100_00,
  source: "provisional",
  seesAllUnits: true,
  unitCount: 2,
  units: [
    {
      unitId: "a",
      name: "Sở Xây dựng",
      rank: 2,
      sharedRank: false,
      scored: true,
      total: 70_00,
      classification: null,
    },
    {
      unitId: "c",
      name: "Sở Công Thương",
      rank: 1,
      sharedRank: false,
      scored: true,
      total: 95_00,
      classification: null,
    },
  ],
};
