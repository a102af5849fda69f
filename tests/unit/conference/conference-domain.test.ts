import { describe, expect, it } from "vitest";
import type { ConferenceAward, ConferenceData, ConferenceRow } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import { formatMoment, rankLabel } from "@/domain/conference/display";
import { pageOf, pageRows, rowsThatFit } from "@/domain/conference/paging";
import { restrictToUnit, sectionColumns } from "@/domain/conference/results-table";
import { clampStep, isRowRevealed, revealSteps } from "@/domain/conference/reveal";
import { buildSlides, nextAutoPage } from "@/domain/conference/slides";

const row = (unitId: string, rank: number): ConferenceRow => ({
  unitId,
  rank,
  sharedRank: false,
  scored: true,
  tieNote: null,
  name: `Đơn vị ${unitId}`,
  sectionPoints: [],
  bonus: 0,
  deductions: 0,
  total: 10000 - rank * 100,
  percentOfMax: 9000,
  classification: null,
  awards: [],
});
const award = (name: string, ...unitIds: string[]): ConferenceAward => ({
  awardCode: name,
  awardName: name,
  units: unitIds.map((unitId, index) => ({
    unitId,
    name: `Đơn vị ${unitId}`,
    rank: index + 1,
    total: 0,
    status: "PROPOSED",
  })),
});

describe("paging long tables", () => {
  it.each([
    [0, 8, [0]],
    [8, 8, [8]],
    [9, 8, [8, 1]],
    [20, 8, [8, 8, 4]],
  ])("%i rows at %i a page give pages of %j", (count, perPage, sizes) => {
    expect(
      pageRows(
        Array.from({ length: count }, (_, i) => i),
        perPage,
      ).map((page) => page.length),
    ).toEqual(sizes);
  });

  it("refuses a page size that is not a positive integer", () => {
    expect(() => pageRows([1], 0)).toThrow(RangeError);
  });

  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [17, 2],
  ])("row %i is on page %i", (index, page) => {
    expect(pageOf(index, 8)).toBe(page);
  });

  it.each([
    [480, 60, 7],
    [480.4, 60, 7],
    [481, 60, 8],
    [500, 60, 8],
    [30, 60, 1],
    [500, 0, 1],
  ])("%d px hold %d px rows %i at a time", (available, rowHeight, rows) => {
    expect(rowsThatFit(available, rowHeight)).toBe(rows);
  });
});

describe("the reveal from last to first", () => {
  const rows = ["a", "b", "c"].map((id, index) => row(id, index + 1));

  it("reveals one row per step from the bottom and stops at each award of the unit just revealed", () => {
    const steps = revealSteps(rows, [award("Cờ thi đua", "a"), award("Bằng khen", "a", "b")]);
    expect(
      steps.map((step) => [step.revealed, step.citation?.awardName ?? null, step.citation?.unitName ?? null]),
    ).toEqual([
      [0, null, null],
      [1, null, null],
      [2, null, null],
      [2, "Bằng khen", "Đơn vị b"],
      [3, null, null],
      [3, "Cờ thi đua", "Đơn vị a"],
      [3, "Bằng khen", "Đơn vị a"],
    ]);
  });

  it("has a single empty step for an empty bloc", () => {
    expect(revealSteps([], [])).toEqual([{ revealed: 0, citation: null }]);
  });

  it.each([
    [2, 3, 1, true],
    [1, 3, 1, false],
    [0, 3, 3, true],
    [0, 3, 0, false],
  ])("row %i of %i after %i revealed: visible %s", (index, count, revealed, visible) => {
    expect(isRowRevealed(index, count, revealed)).toBe(visible);
  });

  it.each([
    [-1, 5, 0],
    [3, 5, 3],
    [9, 5, 4],
    [2, 0, 0],
  ])("clamps step %i into %i steps as %i", (step, count, expected) => {
    expect(clampStep(step, count)).toBe(expected);
  });
});

describe("the slide deck", () => {
  const data = {
    members: Array.from({ length: 10 }, (_, i) => ({
      unitId: `m${i}`,
      name: `Thành viên ${i}`,
      role: null,
      signature: null,
    })),
    rows: Array.from({ length: 3 }, (_, i) => row(`r${i}`, i + 1)),
  } as unknown as ConferenceData;
  const slides = buildSlides(data, { membersPerPage: 8, rowsPerPage: 2 });

  it("follows the agenda and pages the long members table", () => {
    expect(
      slides.map((slide) =>
        "pageCount" in slide ? `${slide.kind} ${slide.page + 1}/${slide.pageCount}` : slide.kind,
      ),
    ).toEqual(["title", "members 1/2", "members 2/2", "ranking 1/2", "ranking 2/2", "awards", "nextYear"]);
  });

  it("pages automatically within a multi-page table only, wrapping to its first page", () => {
    expect(slides.map((_, index) => nextAutoPage(slides, index))).toEqual([null, 2, 1, 4, 3, null, null]);
  });
});

describe("results columns and visibility", () => {
  it("makes a column of every top-level section, in position order, leaving bonus and deduction to their own columns", () => {
    const criteria = [
      { id: "3", parentId: null, code: "IV", title: "Thưởng", kind: "BONUS", maxPoints: 500, position: 3 },
      {
        id: "2",
        parentId: null,
        code: "II",
        title: "Chấm tay",
        kind: "SECTION",
        maxPoints: 2000,
        position: 2,
      },
      {
        id: "1",
        parentId: null,
        code: "I",
        title: "Nhiệm vụ",
        kind: "SECTION",
        maxPoints: 6000,
        position: 1,
      },
      {
        id: "1a",
        parentId: "1",
        code: "I.1",
        title: "Con",
        kind: "TASK_DERIVED",
        maxPoints: 6000,
        position: 1,
      },
      { id: "5", parentId: null, code: "V", title: "Trừ", kind: "DEDUCTION", maxPoints: 500, position: 5 },
    ];
    expect(sectionColumns(criteria).map((section) => section.code)).toEqual(["I", "II"]);
  });

  it("leaves a restricted leader their own row and their own awards only", () => {
    const results = {
      source: { kind: "live" as const, asOf: "2024-06-30" },
      maxPoints: 10000,
      sections: [],
      rows: [row("a", 1), row("b", 2)],
      awards: [award("Cờ", "a"), award("Bằng khen", "a", "b")],
    };
    const restricted = restrictToUnit(results, ["b"]);
    expect(restricted.rows.map((r) => r.unitId)).toEqual(["b"]);
    expect(restricted.awards.map((a) => [a.awardName, a.units.map((u) => u.unitId)])).toEqual([
      ["Bằng khen", ["b"]],
    ]);
    expect(restrictToUnit(results, []).rows).toEqual([]);
  });
});

describe("display", () => {
  it("writes dates dd/mm/yyyy and moments in Vietnam's time", () => {
    expect(formatDate("2024-01-12")).toBe("12/01/2024");
    expect(formatDate(null)).toBe("—");
    expect(formatMoment("2024-01-12T02:30:00.000Z")).toBe("12/01/2024 lúc 09:30");
    expect(rankLabel(2, true)).toBe("Đồng hạng 2");
  });
});
