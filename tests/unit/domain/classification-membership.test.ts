import { describe, expect, it } from "vitest";

import {
  type ClassificationLevel,
  type MembershipRule,
  type ScoreNode,
  rankAgencies,
} from "@/domain/scoring";

import { contributionSum, line, makeInput, member, rules, task, unitOf } from "./scoring-fixtures";

const ONE_CRITERION: ScoreNode[] = [
  { id: "M", code: "M", title: "Tổng hợp", kind: "manual", maxPoints: 10000 },
];
const ON_1000_SCALE: ScoreNode[] = [
  { id: "M", code: "M", title: "Tổng hợp", kind: "manual", maxPoints: 100000 },
];

describe("classification", () => {
  it.each([
    { table: ONE_CRITERION, points: 10000, code: "HTXS" },
    { table: ONE_CRITERION, points: 9000, code: "HTXS" },
    { table: ONE_CRITERION, points: 8999, code: "HTT" },
    { table: ONE_CRITERION, points: 7000, code: "HTT" },
    { table: ONE_CRITERION, points: 5000, code: "HT" },
    { table: ONE_CRITERION, points: 4999, code: "KHT" },
    { table: ONE_CRITERION, points: 0, code: "KHT" },
    { table: ON_1000_SCALE, points: 90000, code: "HTXS" },
    { table: ON_1000_SCALE, points: 89999, code: "HTT" },
  ])("$points on a max of $table.0.maxPoints → $code", ({ table, points, code }) => {
    const input = makeInput({
      scoreTable: table,
      members: [member("u1")],
      scoreLines: [line("u1", "M", points)],
    });
    expect(unitOf(rankAgencies(input), "u1").classification?.code).toBe(code);
  });

  const strict: ClassificationLevel[] = [
    {
      code: "HTXS",
      label: "Hoàn thành xuất sắc nhiệm vụ",
      minPercentOfMax: 9000,
      minPoints: null,
      minShareEveryCriterion: 8500,
      keyTasks: "any",
    },
    {
      code: "HTT",
      label: "Hoàn thành tốt nhiệm vụ",
      minPercentOfMax: 7000,
      minPoints: null,
      minShareEveryCriterion: null,
      keyTasks: "any",
    },
  ];

  it.each([
    { name: "every criterion at 85 % or more", ii2: 1700, code: "HTXS" },
    { name: "one criterion below 85 % drops a level", ii2: 1690, code: "HTT" },
  ])("a minimum share on every criterion: $name", ({ ii2, code }) => {
    const lines = [line("u1", "II.1", 2000), line("u1", "II.2", ii2), line("u1", "IV.1", 300)];
    const input = makeInput({
      members: [member("u1")],
      tasks: [task("u1")],
      scoreLines: lines,
      rules: rules({ classificationLevels: strict }),
    });
    expect(unitOf(rankAgencies(input), "u1").classification?.code).toBe(code);
  });

  it("no level met gives no classification", () => {
    const input = makeInput({ members: [member("u1")], rules: rules({ classificationLevels: strict }) });
    expect(unitOf(rankAgencies(input), "u1").classification).toBeNull();
  });
});

function membershipInput(membership: MembershipRule) {
  return makeInput({
    rules: rules({ membership }),
    members: [
      member("stay"),
      member("left", { leftOn: "2024-06-30" }),
      member("joined", { joinedOn: "2024-07-01" }),
      member("lastDay", { leftOn: "2024-12-31" }),
      member("later", { joinedOn: "2025-01-15" }),
    ],
    tasks: [
      task("left", { deadline: "2024-03-31", completedOn: "2024-03-31" }),
      task("left", { deadline: "2024-09-30", status: "notDone" }),
      task("joined", { deadline: "2024-03-31", status: "notDone" }),
      task("joined", { deadline: "2024-09-30", completedOn: "2024-09-30" }),
    ],
  });
}

describe("membership during the year", () => {
  it("year-end members only: a unit that left mid-year is not ranked, and says why", () => {
    const result = rankAgencies(membershipInput("yearEndMembersOnly"));
    expect(result.units.map((u) => u.unitId).sort()).toEqual(["joined", "lastDay", "stay"]);
    expect(result.excluded).toEqual([
      {
        unitId: "later",
        name: "Sở later",
        reason: { code: "notMemberDuringYear", message: "Sở later không là thành viên khối trong năm." },
      },
      {
        unitId: "left",
        name: "Sở left",
        reason: {
          code: "leftBeforeYearEnd",
          message:
            "Sở left rời khối ngày 30/06/2024, trước cuối năm; theo quy chế chỉ xếp hạng đơn vị là thành viên đến cuối năm.",
        },
      },
    ]);
    expect(unitOf(result, "joined").taskPoints).toBe(3000);
  });

  it("pro-rated: every member of the year ranks on the tasks due while it was a member", () => {
    const result = rankAgencies(membershipInput("prorateByMembership"));
    expect(result.units.map((u) => u.unitId).sort()).toEqual(["joined", "lastDay", "left", "stay"]);
    expect(result.excluded.map((u) => u.unitId)).toEqual(["later"]);
    const left = unitOf(result, "left");
    const joined = unitOf(result, "joined");
    expect([left.taskPoints, joined.taskPoints]).toEqual([6000, 6000]);
    expect(left.contributions.find((c) => c.kind === "taskExcluded")?.label).toMatch(
      /có hạn 30\/09\/2024 ngoài thời gian là thành viên khối: không tính điểm$/,
    );
    expect(contributionSum(left)).toBe(left.total);
  });
});
