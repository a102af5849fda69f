import { describe, expect, it } from "vitest";

import {
  type AwardRule,
  type BallotTally,
  type ClassificationLevel,
  type EligibilityFlags,
  type ScoringRules,
  DEFAULT_SCORING_RULES,
  rankAgencies,
} from "@/domain/scoring";

import { rules, scoredBloc, unitOf } from "./scoring-fixtures";

const FLAG = "CO_THI_DUA_UBND_TINH";
const MERIT = "BANG_KHEN_UBND_TINH";
const [flagRule, meritRule] = DEFAULT_SCORING_RULES.awards as [AwardRule, AwardRule];

interface Case {
  name: string;
  points: number[];
  awards?: AwardRule[];
  patch?: Partial<ScoringRules>;
  eligibility?: EligibilityFlags[];
  ballots?: BallotTally[];
  flag: string[];
  merit: string[];
}

const votes = (unitId: string, votesFor: number, awardCode = FLAG): BallotTally => ({
  unitId,
  awardCode,
  votesFor,
  votersPresent: 8,
});

/** Levels in points of the scored criterion (II.1, at most 20,00). */
const LEVELS: ClassificationLevel[] = [
  {
    code: "HTXS",
    label: "Hoàn thành xuất sắc nhiệm vụ",
    minPercentOfMax: null,
    minPoints: 1900,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
  {
    code: "HT",
    label: "Hoàn thành nhiệm vụ",
    minPercentOfMax: null,
    minPoints: 1500,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
  {
    code: "KHT",
    label: "Không hoàn thành nhiệm vụ",
    minPercentOfMax: null,
    minPoints: null,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
];
const passDown: Partial<ScoringRules> = { leadingAwardFallback: "nextEligible" };

const cases: Case[] = [
  {
    name: "the top scorer leads, the next two get certificates",
    points: [2000, 1800, 1600, 1400, 1200],
    flag: ["u1"],
    merit: ["u2", "u3"],
  },
  {
    name: "an ineligible top scorer is skipped: the top eligible unit leads",
    points: [2000, 1800, 1600, 1400, 1200],
    eligibility: [{ unitId: "u1", underInvestigation: true }],
    flag: ["u2"],
    merit: ["u3", "u4"],
  },
  {
    name: "a unit whose flags are all false stays eligible",
    points: [2000, 1800, 1600],
    eligibility: [{ unitId: "u1", underInvestigation: false, underInspection: false }],
    flag: ["u1"],
    merit: ["u2", "u3"],
  },
  {
    name: "a shared top rank is not cut by name: the bloc decides",
    points: [2000, 2000, 1000],
    flag: [],
    merit: ["u1", "u2"],
  },
  {
    name: "a tie at the quota boundary proposes neither of the tied units",
    points: [2000, 1800, 1600, 1600, 1000],
    flag: ["u1"],
    merit: ["u2"],
  },
  {
    name: "a quota as a share of members rounds down (50 % of 5 = 2)",
    points: [2000, 1800, 1600, 1400, 1200],
    awards: [flagRule, { ...meritRule, quota: { kind: "shareOfMembers", shareOfMembers: 5000 } }],
    flag: ["u1"],
    merit: ["u2", "u3"],
  },
  {
    name: "the leading award is not passed down when the top unit fails the ballot",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    ballots: [votes("u1", 4), votes("u2", 8)],
    flag: [],
    merit: ["u1", "u2"],
  },
  {
    name: "the rules pass the leading award down: the next eligible unit leads, the top one may take a certificate",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    patch: passDown,
    ballots: [votes("u1", 4), votes("u2", 8)],
    flag: ["u2"],
    merit: ["u1", "u3"],
  },
  {
    name: "passed down past every unit that lost the ballot, in rank order",
    points: [2000, 1800, 1600, 1400],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    patch: passDown,
    ballots: [votes("u1", 4), votes("u2", 3), votes("u3", 6)],
    flag: ["u3"],
    merit: ["u1", "u2"],
  },
  {
    name: "passed down only past lost ballots: a next unit not yet voted on stops it",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    patch: passDown,
    ballots: [votes("u1", 4)],
    flag: [],
    merit: ["u1", "u2"],
  },
  {
    name: "a top unit not yet voted on passes nothing down",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    patch: passDown,
    ballots: [votes("u2", 8)],
    flag: [],
    merit: ["u1", "u2"],
  },
  {
    name: "the flag needs the best level, which the top unit reaches; the next ones take certificates",
    points: [1850, 1950, 1600],
    awards: [{ ...flagRule, minClassification: "HTXS" }, meritRule],
    patch: { classificationLevels: LEVELS },
    flag: ["u2"],
    merit: ["u1", "u3"],
  },
  {
    name: "nobody at the level the flag needs: nobody is proposed for it",
    points: [1850, 1600],
    awards: [{ ...flagRule, minClassification: "HTXS" }, meritRule],
    patch: { classificationLevels: LEVELS },
    flag: [],
    merit: ["u1", "u2"],
  },
  {
    name: "a certificate that needs a level skips a unit below it within the quota",
    points: [2000, 1400, 1600, 1500],
    awards: [flagRule, { ...meritRule, minClassification: "HT" }],
    patch: { classificationLevels: LEVELS },
    flag: ["u1"],
    merit: ["u3", "u4"],
  },
  {
    name: "more than half of the voters present passes",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 5001 }, meritRule],
    ballots: [votes("u1", 5)],
    flag: ["u1"],
    merit: ["u2", "u3"],
  },
  {
    name: "two thirds (6666) of 9 voters: 6 passes",
    points: [2000, 1800, 1600],
    awards: [{ ...flagRule, ballotThreshold: 6666 }],
    ballots: [{ unitId: "u1", awardCode: FLAG, votesFor: 6, votersPresent: 9 }],
    flag: ["u1"],
    merit: [],
  },
  {
    name: "a certificate ballot skips a unit below the threshold and fills the quota below it",
    points: [2000, 1800, 1600, 1400],
    awards: [flagRule, { ...meritRule, ballotThreshold: 5001 }],
    ballots: [votes("u2", 3, MERIT), votes("u3", 7, MERIT), votes("u4", 6, MERIT)],
    flag: ["u1"],
    merit: ["u3", "u4"],
  },
];

describe("award candidacy", () => {
  it.each(cases)("$name", ({ points, awards, patch, eligibility, ballots, flag, merit }) => {
    const input = scoredBloc(points, {
      rules: rules({ tieBreaks: [], ...(awards ? { awards } : {}), ...patch }),
      eligibility: eligibility ?? [],
      ballots: ballots ?? [],
    });
    const outcomes = Object.fromEntries(
      rankAgencies(input).awards.map((award) => [award.awardCode, award.candidateUnitIds]),
    );
    expect(outcomes[FLAG]).toEqual(flag);
    expect(outcomes[MERIT] ?? []).toEqual(merit);
  });

  it("gives the reasons for an ineligible top scorer in Vietnamese, with a code", () => {
    const eligibility = [
      { unitId: "u1", underInspection: true },
      { unitId: "u1", unresolvedComplaint: true },
    ];
    const result = rankAgencies(scoredBloc([2000, 1000], { eligibility }));
    expect(unitOf(result, "u1").awards[0]).toEqual({
      awardCode: FLAG,
      awardName: "Cờ thi đua của Ủy ban nhân dân tỉnh",
      candidate: false,
      reasons: [
        {
          code: "underInspection",
          message: "Đang trong thời gian thanh tra, kiểm tra (Điều 4 Nghị định 98/2023/NĐ-CP).",
        },
        {
          code: "unresolvedComplaint",
          message: "Có đơn thư khiếu nại, tố cáo chưa được giải quyết (Điều 4 Nghị định 98/2023/NĐ-CP).",
        },
      ],
    });
    expect(unitOf(result, "u2").awards[0]?.reasons[0]?.code).toBe("topRankedEligible");
  });

  it("one achievement, one award: the leader is not also proposed for a certificate", () => {
    const leader = unitOf(rankAgencies(scoredBloc([2000, 1000])), "u1");
    expect(leader.awards.map((a) => [a.awardCode, a.candidate, a.reasons.map((r) => r.code)])).toEqual([
      [FLAG, true, ["topRankedEligible"]],
      [MERIT, false, ["alreadyProposed"]],
    ]);
  });

  it.each([
    ["u1", "ballotBelowThreshold", "Chỉ đạt 4/8 phiếu (50,00%), chưa đủ ngưỡng 50,01% số đại biểu có mặt."],
    [
      "u2",
      "notTopRankedEligible",
      "Xếp hạng 2; Cờ thi đua của Ủy ban nhân dân tỉnh chỉ dành cho đơn vị xếp hạng cao nhất trong các đơn vị đủ điều kiện.",
    ],
  ])("explains why %s is not proposed for the leading award", (unitId, code, message) => {
    const input = scoredBloc([2000, 1800], {
      rules: rules({ awards: [{ ...flagRule, ballotThreshold: 5001 }] }),
      ballots: [votes("u1", 4), votes("u2", 8)],
    });
    expect(unitOf(rankAgencies(input), unitId).awards[0]).toMatchObject({
      candidate: false,
      reasons: [{ code, message }],
    });
  });

  it("says why a unit below the award's level is not its candidate, and who got it passed down", () => {
    const input = scoredBloc([1850, 1950, 1000], {
      rules: rules({
        classificationLevels: LEVELS,
        awards: [{ ...flagRule, minClassification: "HTXS" }],
      }),
    });
    const result = rankAgencies(input);
    expect(unitOf(result, "u1").awards[0]?.reasons).toEqual([
      {
        code: "belowClassification",
        message:
          "Đơn vị xếp loại “Hoàn thành nhiệm vụ”; Cờ thi đua của Ủy ban nhân dân tỉnh cần xếp loại từ “Hoàn thành xuất sắc nhiệm vụ” trở lên.",
      },
    ]);
    const passed = rankAgencies(
      scoredBloc([2000, 1800], {
        rules: rules({ ...passDown, awards: [{ ...flagRule, ballotThreshold: 5001 }] }),
        ballots: [votes("u1", 2), votes("u2", 7)],
      }),
    );
    expect(unitOf(passed, "u2").awards[0]?.reasons[0]).toEqual({
      code: "passedDown",
      message:
        "Xếp hạng 2: đơn vị xếp trên không đạt số phiếu cần thiết; theo quy chế, Cờ thi đua của Ủy ban nhân dân tỉnh chuyển cho đơn vị đủ điều kiện kế tiếp.",
    });
  });

  it("a required ballot that was not held blocks the proposal", () => {
    const input = scoredBloc([2000], { rules: rules({ awards: [{ ...flagRule, ballotThreshold: 5001 }] }) });
    expect(unitOf(rankAgencies(input), "u1").awards[0]?.reasons).toEqual([
      { code: "noBallot", message: "Chưa có kết quả bỏ phiếu cho Cờ thi đua của Ủy ban nhân dân tỉnh." },
    ]);
  });

  it("a passing ballot is reported beside the rank reason", () => {
    const input = scoredBloc([2000, 1000], {
      rules: rules({ awards: [{ ...flagRule, ballotThreshold: 5001 }] }),
      ballots: [votes("u1", 5)],
    });
    expect(unitOf(rankAgencies(input), "u1").awards[0]?.reasons.map((r) => r.message)).toEqual([
      "Xếp hạng 1, cao nhất trong các đơn vị đủ điều kiện: đơn vị dẫn đầu phải là đơn vị có điểm cao nhất.",
      "Đạt 5/8 phiếu (62,50%), đủ ngưỡng 50,01% số đại biểu có mặt.",
    ]);
  });

  it("says when a tie at the quota boundary is left to the bloc", () => {
    const result = rankAgencies(
      scoredBloc([2000, 1800, 1600, 1600, 1000], { rules: rules({ tieBreaks: [] }) }),
    );
    expect(unitOf(result, "u3").awards[1]?.reasons).toEqual([
      {
        code: "tiedAtQuotaBoundary",
        message:
          "Đồng hạng 3 cùng 1 đơn vị khác nhưng chỉ còn 1 suất trong chỉ tiêu 2 đơn vị; khối cần quyết định.",
      },
    ]);
    expect(unitOf(result, "u5").awards[1]?.reasons[0]?.code).toBe("outsideQuota");
  });
});
