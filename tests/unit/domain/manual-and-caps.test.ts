import { describe, expect, it } from "vitest";

import { type ScoreLine, rankAgencies } from "@/domain/scoring";

import { contributionSum, line, makeInput, member, rules, unitOf } from "./scoring-fixtures";

interface StageCase {
  name: string;
  lines: ScoreLine[];
  allowSelf?: boolean;
  points: number;
}

const stageCases: StageCase[] = [
  {
    name: "final wins over cross-check and self",
    lines: [
      line("u1", "II.1", 1900, "self"),
      line("u1", "II.1", 1700, "crossCheck"),
      line("u1", "II.1", 1500),
    ],
    points: 1500,
  },
  {
    name: "cross-check when there is no final line",
    lines: [line("u1", "II.1", 1900, "self"), line("u1", "II.1", 1700, "crossCheck")],
    points: 1700,
  },
  {
    name: "self-score alone does not count by default",
    lines: [line("u1", "II.1", 1900, "self")],
    points: 0,
  },
  {
    name: "self-score counts when the rules allow it",
    lines: [line("u1", "II.1", 1900, "self")],
    allowSelf: true,
    points: 1900,
  },
  {
    name: "cross-check still wins when self is allowed",
    lines: [line("u1", "II.1", 1900, "self"), line("u1", "II.1", 1200, "crossCheck")],
    allowSelf: true,
    points: 1200,
  },
  {
    name: "lines of the chosen stage add up",
    lines: [line("u1", "II.1", 1000), line("u1", "II.1", 500), line("u1", "II.1", 1999, "crossCheck")],
    points: 1500,
  },
  { name: "a manual criterion is capped at its max", lines: [line("u1", "II.1", 2600)], points: 2000 },
  { name: "a manual criterion never goes below 0", lines: [line("u1", "II.1", -300)], points: 0 },
];

describe("manual criteria: stage precedence", () => {
  it.each(stageCases)("$name", ({ lines, allowSelf, points }) => {
    const input = makeInput({
      members: [member("u1")],
      scoreLines: lines,
      rules: rules({ allowSelfScoreFallback: allowSelf ?? false }),
    });
    const unit = unitOf(rankAgencies(input), "u1");
    expect(unit.nodePoints["II.1"]).toBe(points);
    expect(unit.manualPoints).toBe(points);
    expect(contributionSum(unit)).toBe(unit.total);
  });

  it("names the stage used and the rule that left out the self-score", () => {
    const lines = [line("u1", "II.1", 1750, "crossCheck"), line("u1", "II.2", 1900, "self")];
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], scoreLines: lines })), "u1");
    expect(unit.contributions.map((c) => c.label)).toEqual([
      "Tiêu chí I.1 “Kết quả thực hiện nhiệm vụ”: chưa được giao nhiệm vụ nào, 0,00 điểm",
      "Tiêu chí II.1 “Phát động phong trào thi đua”, điểm kiểm tra chéo: 17,50 điểm",
      "Tiêu chí II.2 “Chế độ báo cáo”: chỉ có điểm tự chấm, quy chế không cho tính, 0,00 điểm",
    ]);
  });
});

interface CapCase {
  name: string;
  lines: ScoreLine[];
  bonus: number;
  deductions: number;
  total: number;
}

const capCases: CapCase[] = [
  {
    name: "bonus adds above the maximum",
    lines: [line("u1", "II.1", 2000), line("u1", "II.2", 2000), line("u1", "IV.1", 300)],
    bonus: 300,
    deductions: 0,
    total: 4300,
  },
  {
    name: "a bonus item is capped at its max",
    lines: [line("u1", "IV.1", 450)],
    bonus: 300,
    deductions: 0,
    total: 300,
  },
  {
    name: "the bonus group is capped (5,00)",
    lines: [line("u1", "IV.1", 300), line("u1", "IV.2", 400)],
    bonus: 500,
    deductions: 0,
    total: 500,
  },
  {
    name: "deductions subtract",
    lines: [line("u1", "II.1", 2000), line("u1", "V.1", 250)],
    bonus: 0,
    deductions: 250,
    total: 1750,
  },
  {
    name: "a deduction item is capped",
    lines: [line("u1", "II.2", 1800), line("u1", "V.1", 900)],
    bonus: 0,
    deductions: 600,
    total: 1200,
  },
  {
    name: "the deduction group is capped (10,00)",
    lines: [line("u1", "II.2", 1800), line("u1", "V.1", 600), line("u1", "V.2", 800)],
    bonus: 0,
    deductions: 1000,
    total: 800,
  },
  {
    name: "bonus and deductions together",
    lines: [line("u1", "II.2", 1800), line("u1", "IV.2", 200), line("u1", "V.1", 50)],
    bonus: 200,
    deductions: 50,
    total: 1950,
  },
];

describe("scales and caps", () => {
  it.each(capCases)("$name", ({ lines, bonus, deductions, total }) => {
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], scoreLines: lines })), "u1");
    expect(unit.bonus).toBe(bonus);
    expect(unit.deductions).toBe(deductions);
    expect(unit.total).toBe(total);
    expect(contributionSum(unit)).toBe(total);
  });

  it("a full score plus bonus exceeds 100 % of the max", () => {
    const lines = [line("u1", "II.1", 2000), line("u1", "II.2", 2000), line("u1", "IV.1", 300)];
    const tasks = [
      {
        id: "x",
        number: 1,
        title: "x",
        ownerUnitId: "u1",
        criterionId: "I.1",
        weight: 1,
        deadline: "2024-03-01",
        status: "done" as const,
        completedOn: "2024-03-01",
      },
    ];
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], scoreLines: lines, tasks })), "u1");
    expect(unit.total).toBe(10300);
    expect(unit.percentOfMax).toBe(10300);
    expect(unit.classification?.code).toBe("HTXS");
  });

  it("explains a cap as its own line", () => {
    const unit = unitOf(
      rankAgencies(
        makeInput({
          members: [member("u1")],
          scoreLines: [line("u1", "IV.1", 300), line("u1", "IV.2", 400)],
        }),
      ),
      "u1",
    );
    expect(
      unit.contributions
        .filter((c) => c.kind === "bonus" || c.kind === "cap")
        .map((c) => [c.points, c.label]),
    ).toEqual([
      [300, "Điểm thưởng IV.1 “Cờ thi đua của Chính phủ”, điểm khối thống nhất: +3,00 điểm"],
      [400, "Điểm thưởng IV.2 “Sáng kiến được công nhận”, điểm khối thống nhất: +4,00 điểm"],
      [-200, "Điểm thưởng IV “Điểm thưởng”: vượt mức trần 5,00 điểm, điều chỉnh -2,00 điểm"],
    ]);
  });

  it("section points are reported per node", () => {
    const unit = unitOf(
      rankAgencies(
        makeInput({
          members: [member("u1")],
          scoreLines: [line("u1", "II.1", 1250), line("u1", "II.2", 500), line("u1", "V.1", 100)],
        }),
      ),
      "u1",
    );
    expect(unit.nodePoints).toEqual({
      I: 0,
      "I.1": 0,
      II: 1750,
      "II.1": 1250,
      "II.2": 500,
      IV: 0,
      "IV.1": 0,
      "IV.2": 0,
      V: 100,
      "V.1": 100,
      "V.2": 0,
    });
  });
});
