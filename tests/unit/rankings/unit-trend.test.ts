import { describe, expect, it } from "vitest";
import {
  countsInLine,
  lineageOf,
  trendLines,
  unitTrend,
  type Succession,
  type YearResults,
} from "@/domain/rankings";
import { year2023, year2025 } from "./trend-fixtures";

const TNMT = "Sở Tài nguyên và Môi trường";
const NNPTNT = "Sở Nông nghiệp và Phát triển nông thôn";
const NNMT = "Sở Nông nghiệp và Môi trường";

/** TN&MT (tn) and NN&PTNT (nn) merged into NN&MT (nm) on 01/03/2025; GTVT (gt) is not of the line. */
const MERGER: Succession[] = [
  { predecessorId: "tn", successorId: "nm", effectiveOn: "2025-03-01" },
  { predecessorId: "nn", successorId: "nm", effectiveOn: "2025-03-01" },
];

const yearOf = (year: number, units: [string, string, number][]): YearResults => ({
  year,
  maxPoints: 100_00,
  source: year < 2025 ? "published" : "provisional",
  seesAllUnits: true,
  unitCount: units.length + 1,
  units: [
    ...units.map(([unitId, name, total], index) => ({
      unitId,
      name,
      rank: index + 1,
      sharedRank: false,
      scored: true,
      total,
      classification: null,
    })),
    {
      unitId: "gt",
      name: "Sở Giao thông vận tải",
      rank: units.length + 1,
      sharedRank: false,
      scored: true,
      total: 50_00,
      classification: null,
    },
  ],
});

const BEFORE_AND_AFTER = [
  yearOf(2023, [
    ["tn", TNMT, 90_00],
    ["nn", NNPTNT, 80_00],
  ]),
  yearOf(2024, [
    ["nn", NNPTNT, 85_00],
    ["tn", TNMT, 70_00],
  ]),
  yearOf(2025, [["nm", NNMT, 88_00]]),
];

const summary = (points: ReturnType<typeof unitTrend>) =>
  points.map((point) => [point.year, point.label, point.rank, point.percent]);

describe("unitTrend", () => {
  it("follows the unit by id through a renaming, with the name it bore each year", () => {
    const points = unitTrend([year2023, year2025], { unitId: "a" });
    expect(
      points.map((point) => [point.year, point.name, point.rank, point.percent, point.blocMedianPercent]),
    ).toEqual([
      [2023, "Sở Giao thông vận tải", 1, 9000, 8000],
      [2025, "Sở Xây dựng", 2, 7000, 8250],
    ]);
    expect(points.every((point) => point.label === point.name && !point.ofPredecessor)).toBe(true);
  });

  it("keeps a year in which the unit was not ranked, with empty figures", () => {
    const [, , missing] = unitTrend([year2023, year2025, { ...year2025, year: 2026, units: [] }], {
      unitId: "b",
    });
    expect(missing).toMatchObject({
      year: 2026,
      unitId: "b",
      name: null,
      label: null,
      rank: null,
      percent: null,
    });
    expect(unitTrend([year2023, year2025], { unitId: "b" })[1]).toMatchObject({
      year: 2025,
      name: null,
      blocMedianPercent: 8250,
    });
  });

  it("shows a successor's predecessors before the merger, each labelled as theirs", () => {
    expect(summary(unitTrend(BEFORE_AND_AFTER, { unitId: "nm", successions: MERGER }))).toEqual([
      [2023, `${NNPTNT} (trước hợp nhất)`, 2, 8000],
      [2023, `${TNMT} (trước hợp nhất)`, 1, 9000],
      [2024, `${NNPTNT} (trước hợp nhất)`, 1, 8500],
      [2024, `${TNMT} (trước hợp nhất)`, 2, 7000],
      [2025, NNMT, 1, 8800],
    ]);
  });

  it("does not give a predecessor its successor's years", () => {
    expect(summary(unitTrend(BEFORE_AND_AFTER, { unitId: "tn", successions: MERGER }))).toEqual([
      [2023, TNMT, 1, 9000],
      [2024, TNMT, 2, 7000],
      [2025, null, null, null],
    ]);
  });

  it("puts the successor first in a year both were ranked (membership pro rata), then its predecessors", () => {
    const shared = yearOf(2025, [
      ["tn", TNMT, 60_00],
      ["nm", NNMT, 88_00],
    ]);
    expect(summary(unitTrend([shared], { unitId: "nm", successions: MERGER }))).toEqual([
      [2025, NNMT, 2, 8800],
      [2025, `${TNMT} (trước hợp nhất)`, 1, 6000],
    ]);
  });

  it("leaves out a predecessor's result of a year that began after it handed over", () => {
    const onNewYear = MERGER.map((succession) => ({ ...succession, effectiveOn: "2025-01-01" }));
    const stray = yearOf(2025, [
      ["nm", NNMT, 88_00],
      ["tn", TNMT, 60_00],
    ]);
    expect(summary(unitTrend([stray], { unitId: "nm", successions: onNewYear }))).toEqual([
      [2025, NNMT, 1, 8800],
    ]);
  });

  it("keeps an empty point of the unit itself when the user may see no one of its line that year", () => {
    const withheld: YearResults = { ...BEFORE_AND_AFTER[0]!, seesAllUnits: false, units: [] };
    expect(unitTrend([withheld], { unitId: "nm", successions: MERGER })).toEqual([
      expect.objectContaining({ year: 2023, unitId: "nm", ofPredecessor: false, name: null, label: null }),
    ]);
  });
});

describe("lineageOf", () => {
  it.each<[string, Succession[], [string, string | null][]]>([
    ["a unit without predecessors", [], [["nm", null]]],
    [
      "a merger of two units",
      MERGER,
      [
        ["nm", null],
        ["tn", "2025-03-01"],
        ["nn", "2025-03-01"],
      ],
    ],
    [
      "predecessors of predecessors",
      [...MERGER, { predecessorId: "old", successorId: "tn", effectiveOn: "2008-08-01" }],
      [
        ["nm", null],
        ["tn", "2025-03-01"],
        ["nn", "2025-03-01"],
        ["old", "2008-08-01"],
      ],
    ],
    [
      "a unit reached by two paths, with the later hand-over",
      [
        ...MERGER,
        { predecessorId: "old", successorId: "tn", effectiveOn: "2008-08-01" },
        { predecessorId: "old", successorId: "nn", effectiveOn: "2010-01-01" },
      ],
      [
        ["nm", null],
        ["tn", "2025-03-01"],
        ["nn", "2025-03-01"],
        ["old", "2010-01-01"],
      ],
    ],
    [
      "records that loop back (a mistake): the walk ends",
      [
        { predecessorId: "x", successorId: "nm", effectiveOn: "2020-01-01" },
        { predecessorId: "nm", successorId: "x", effectiveOn: "2021-01-01" },
      ],
      [
        ["nm", null],
        ["x", "2020-01-01"],
      ],
    ],
  ])("of %s", (_case, successions, expected) => {
    expect(lineageOf("nm", successions).map((member) => [member.unitId, member.handedOverOn])).toEqual(
      expected,
    );
  });

  it.each<[string | null, number, boolean]>([
    [null, 2030, true],
    ["2025-03-01", 2024, true],
    ["2025-03-01", 2025, true],
    ["2025-03-01", 2026, false],
    ["2025-01-01", 2025, false],
    ["2025-01-02", 2025, true],
  ])("a line member handing over on %s counts in %i: %j", (handedOverOn, year, expected) => {
    expect(countsInLine({ unitId: "tn", handedOverOn }, year)).toBe(expected);
  });
});

describe("trendLines", () => {
  it("draws the unit's own line first, then one per predecessor under its latest label", () => {
    const points = unitTrend(BEFORE_AND_AFTER, { unitId: "nm", successions: MERGER });
    expect(trendLines(points)).toEqual([
      { unitId: "nm", ofPredecessor: false, label: NNMT },
      { unitId: "nn", ofPredecessor: true, label: `${NNPTNT} (trước hợp nhất)` },
      { unitId: "tn", ofPredecessor: true, label: `${TNMT} (trước hợp nhất)` },
    ]);
  });

  it("draws nothing for a unit never ranked", () => {
    expect(trendLines(unitTrend([year2023], { unitId: "nobody" }))).toEqual([]);
  });
});
