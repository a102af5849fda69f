import { describe, expect, it } from "vitest";
import { proposalRefusal, topEligibleRank } from "@/domain/awards/proposal-check";
import { DEFAULT_SCORING_RULES, type RankingResult, type UnitResult } from "@/domain/scoring";

const [FLAG, MERIT] = DEFAULT_SCORING_RULES.awards as [
  (typeof DEFAULT_SCORING_RULES.awards)[number],
  (typeof DEFAULT_SCORING_RULES.awards)[number],
];

function unit(unitId: string, rank: number, reasons: { code: string; message: string }[] = []): UnitResult {
  const awards = [FLAG, MERIT].map((award) => ({
    awardCode: award.code,
    awardName: award.name,
    candidate: reasons.length === 0,
    reasons: reasons as UnitResult["awards"][number]["reasons"],
  }));
  return {
    unitId,
    name: unitId,
    rank,
    sharedRank: false,
    nodePoints: {},
    taskPoints: 0,
    manualPoints: 0,
    bonus: 0,
    deductions: 0,
    total: 0,
    percentOfMax: 0,
    tasksCounted: 0,
    tasksOnTime: 0,
    tasksNotDone: 0,
    ballotVotes: 0,
    classification: null,
    awards,
    contributions: [],
  };
}

const investigated = {
  code: "underInvestigation",
  message: "Đang bị điều tra (Điều 4 Nghị định 98/2023/NĐ-CP).",
};
// The merit award's quota this year: 2 units.
const ranking = (units: UnitResult[]): RankingResult => ({
  maxPoints: 10000,
  units,
  pairs: [],
  excluded: [],
  awards: [{ awardCode: MERIT.code, awardName: MERIT.name, quota: 2, candidateUnitIds: [] }],
});
const standingFor = (award: typeof FLAG, ...unitIds: string[]) =>
  unitIds.map((unitId) => ({ unitId, awardCode: award.code, awardName: award.name }));
const check = (
  unitId: string,
  award = FLAG,
  extra: { flagged?: string[]; standing?: { unitId: string; awardCode: string; awardName: string }[] } = {},
) =>
  proposalRefusal({
    unitId,
    award,
    ranking: ranking([unit("a", 1, [investigated]), unit("b", 2), unit("c", 3)]),
    flaggedUnitIds: new Set(extra.flagged ?? []),
    standing: extra.standing ?? [],
  });

describe("who may be proposed for which award", () => {
  it.each([
    ["the top unit that is eligible, for the leading award", () => check("b"), null],
    ["a unit under investigation", () => check("a", MERIT), "Đang bị điều tra"],
    [
      "a lower-ranked unit, for the leading award",
      () => check("c"),
      "chỉ dành cho đơn vị xếp hạng cao nhất trong các đơn vị đủ điều kiện (hạng 2)",
    ],
    [
      "a unit flagged after the year ended",
      () => check("c", MERIT, { flagged: ["c"] }),
      "vướng mắc chưa giải quyết",
    ],
    [
      "a unit already proposed for another award",
      () => check("c", MERIT, { standing: [{ unitId: "c", awardCode: FLAG.code, awardName: FLAG.name }] }),
      "một thành tích không đề nghị hai",
    ],
    ["a unit not ranked at all", () => check("z", MERIT), "không có trong bảng xếp hạng"],
    [
      "a unit for an award whose quota the other proposals fill",
      () => check("c", MERIT, { standing: standingFor(MERIT, "x", "y") }),
      "đã đủ chỉ tiêu 2 đơn vị",
    ],
    [
      "a unit for an award with one place of its quota left",
      () => check("c", MERIT, { standing: standingFor(MERIT, "x") }),
      null,
    ],
    [
      "a unit whose own proposal is counted in the quota, re-proposed",
      () => check("c", MERIT, { standing: standingFor(MERIT, "x", "c") }),
      null,
    ],
  ])("%s", (_case, run, expected) => {
    const refusal = run();
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toContain(expected);
  });

  it("the leading award's top rank skips ineligible units and is null when none is eligible", () => {
    expect(topEligibleRank(ranking([unit("a", 1, [investigated]), unit("b", 2)]), new Set())).toBe(2);
    expect(topEligibleRank(ranking([unit("a", 1, [investigated])]), new Set())).toBeNull();
  });
});
