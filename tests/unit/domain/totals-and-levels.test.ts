import { describe, expect, it } from "vitest";
import { type ClassificationLevel, type TotalsRule, rankAgencies } from "@/domain/scoring";
import { contributionSum, line, makeInput, member, rules, TABLE, unitOf } from "./scoring-fixtures";

const rank = (
  lines: ReturnType<typeof line>[],
  totals: Partial<TotalsRule> = {},
  levels?: ClassificationLevel[],
) =>
  unitOf(
    rankAgencies(
      makeInput({
        members: [member("u1")],
        scoreLines: lines,
        rules: rules({
          totals: { allowNegative: false, classifyOn: "total", rounding: "perCriterion", ...totals },
          ...(levels ? { classificationLevels: levels } : {}),
        }),
      }),
    ),
    "u1",
  );

describe("a total below zero", () => {
  it.each([
    { name: "only deductions: the total stops at 0", allowNegative: false, total: 0, lift: 800 },
    { name: "only deductions, negatives allowed: −8,00", allowNegative: true, total: -800, lift: null },
  ])("$name", ({ allowNegative, total, lift }) => {
    const unit = rank([line("u1", "V.2", 800)], { allowNegative });
    expect(unit.total).toBe(total);
    expect(unit.deductions).toBe(800);
    expect(contributionSum(unit)).toBe(unit.total);
    const floor = unit.contributions.find((c) => c.label.startsWith("Tổng điểm không thấp hơn 0"));
    expect(floor?.points ?? null).toBe(lift);
    // On a 100,00-point table basis points of the maximum equal centipoints: −8,00 is −8,00 %.
    expect(unit.percentOfMax).toBe(total);
  });

  it("a deduction smaller than the points leaves the total as it was", () => {
    const unit = rank([line("u1", "II.1", 1500), line("u1", "V.1", 500)]);
    expect(unit.total).toBe(1000);
    expect(unit.contributions.some((c) => c.label.startsWith("Tổng điểm không thấp hơn 0"))).toBe(false);
  });
});

const percentLevels = rules().classificationLevels;
const pointLevels: ClassificationLevel[] = [
  {
    code: "HTXS",
    label: "Hoàn thành xuất sắc",
    minPercentOfMax: null,
    minPoints: 3800,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
  {
    code: "HTT",
    label: "Hoàn thành tốt",
    minPercentOfMax: null,
    minPoints: 3000,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
  {
    code: "KHT",
    label: "Không hoàn thành",
    minPercentOfMax: null,
    minPoints: null,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
];

describe("classification", () => {
  // Manual criteria give at most 40,00 of 100,00 here: a level at 38,00 points is reachable.
  it.each([
    {
      name: "points: 38,00 reaches the 38,00 level",
      lines: [
        ["II.1", 2000],
        ["II.2", 1800],
      ],
      code: "HTXS",
    },
    {
      name: "points: 37,99 does not",
      lines: [
        ["II.1", 2000],
        ["II.2", 1799],
      ],
      code: "HTT",
    },
    {
      name: "points: bonus lifts the total to 38,00",
      lines: [
        ["II.1", 2000],
        ["II.2", 1700],
        ["IV.1", 100],
      ],
      code: "HTXS",
    },
  ] as const)("$name", ({ lines, code }) => {
    const unit = rank(
      lines.map(([id, points]) => line("u1", id, points)),
      {},
      pointLevels,
    );
    expect(unit.classification?.code).toBe(code);
  });

  it.each([
    { basis: "total", code: "HTXS", why: "the total with bonus reaches 38,00" },
    { basis: "base", code: "HTT", why: "the scale's 37,00 alone does not" },
  ] as const)("on the $basis: $why", ({ basis, code }) => {
    const lines = [line("u1", "II.1", 2000), line("u1", "II.2", 1700), line("u1", "IV.1", 100)];
    expect(rank(lines, { classifyOn: basis }, pointLevels).classification?.code).toBe(code);
  });

  it.each([
    { basis: "total", code: "HTT" },
    { basis: "base", code: "HTXS" },
  ] as const)(
    "a deduction under the level counts on the total, not on the base ($basis → $code)",
    ({ basis, code }) => {
      const lines = [line("u1", "II.1", 2000), line("u1", "II.2", 2000), line("u1", "V.1", 300)];
      expect(rank(lines, { classifyOn: basis }, pointLevels).classification?.code).toBe(code);
    },
  );
});

describe("a share shown never crosses a threshold the points do not", () => {
  // A 1000-point table: 699,99 points is 69,999 %, below the 70 % level.
  const THOUSAND = TABLE.map((node) =>
    node.id === "II"
      ? {
          ...node,
          maxPoints: 94000,
          children: [
            {
              id: "II.1",
              code: "II.1",
              title: "Phát động phong trào thi đua",
              kind: "manual" as const,
              maxPoints: 90000,
            },
            { id: "II.2", code: "II.2", title: "Chế độ báo cáo", kind: "manual" as const, maxPoints: 4000 },
          ],
        }
      : node,
  );
  it.each([
    { points: 69999, percent: 6999, code: "HT" },
    { points: 70000, percent: 7000, code: "HTT" },
    { points: 69990, percent: 6999, code: "HT" },
  ])("$points of 1000,00 shows $percent basis points and classifies $code", ({ points, percent, code }) => {
    const unit = unitOf(
      rankAgencies(
        makeInput({
          scoreTable: THOUSAND,
          members: [member("u1")],
          scoreLines: [line("u1", "II.1", points)],
          rules: rules({ classificationLevels: percentLevels }),
        }),
      ),
      "u1",
    );
    expect(unit.percentOfMax).toBe(percent);
    expect(unit.classification?.code).toBe(code);
  });
});
