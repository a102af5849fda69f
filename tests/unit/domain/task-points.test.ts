import { describe, expect, it } from "vitest";

import { type ScoreNode, type Task, type TaskCompletionRule, rankAgencies } from "@/domain/scoring";

import { contributionSum, makeInput, member, rules, task, unitOf } from "./scoring-fixtures";

interface Case {
  name: string;
  tasks: Task[];
  rule?: Partial<TaskCompletionRule>;
  taskPoints: number;
  total: number;
}

const cases: Case[] = [
  { name: "on time earns the full weight", tasks: [task("u1")], taskPoints: 6000, total: 6000 },
  {
    name: "early completion is on time",
    tasks: [task("u1", { completedOn: "2024-06-01" })],
    taskPoints: 6000,
    total: 6000,
  },
  {
    name: "late earns the late share (50 %)",
    tasks: [task("u1", { completedOn: "2024-07-03" })],
    taskPoints: 3000,
    total: 3000,
  },
  {
    name: "late share reduced per day late",
    tasks: [task("u1", { completedOn: "2024-07-03" })],
    rule: { lateReductionPerDay: 500, lateFloorShare: 2000 },
    taskPoints: 2100,
    total: 2100,
  },
  {
    name: "per-day reduction stops at the floor",
    tasks: [task("u1", { completedOn: "2024-07-10" })],
    rule: { lateReductionPerDay: 500, lateFloorShare: 2000 },
    taskPoints: 1200,
    total: 1200,
  },
  {
    name: "partly done earns its completion share",
    tasks: [task("u1", { status: "partial", completionShare: 6000 })],
    taskPoints: 3600,
    total: 3600,
  },
  { name: "not done earns 0", tasks: [task("u1", { status: "notDone" })], taskPoints: 0, total: 0 },
  {
    name: "not done may carry a deduction",
    tasks: [task("u1", { status: "notDone" }), task("u1")],
    rule: { notDoneDeductionPoints: 150, notDoneDeductionCriterionId: "V.2" },
    taskPoints: 3000,
    total: 2850,
  },
  {
    name: "the deduction node caps task deductions (V.2 max 8,00): 7 done of 17",
    tasks: [
      ...Array.from({ length: 7 }, () => task("u1")),
      ...Array.from({ length: 10 }, () => task("u1", { status: "notDone" })),
    ],
    rule: { notDoneDeductionPoints: 100, notDoneDeductionCriterionId: "V.2" },
    taskPoints: 2471,
    total: 1671,
  },
  {
    name: "open and overdue counts as not done",
    tasks: [task("u1", { status: "inProgress" }), task("u1")],
    taskPoints: 3000,
    total: 3000,
  },
  {
    name: "not yet due is excluded by default",
    tasks: [task("u1", { status: "notStarted", deadline: "2024-12-20" }), task("u1")],
    taskPoints: 6000,
    total: 6000,
  },
  {
    name: "due on the as-of date is not yet due",
    tasks: [task("u1", { status: "inProgress", deadline: "2024-12-15" }), task("u1")],
    taskPoints: 6000,
    total: 6000,
  },
  {
    name: "not yet due counts as 0 when the rule says so",
    tasks: [task("u1", { status: "notStarted", deadline: "2024-12-20" }), task("u1")],
    rule: { notYetDue: "countAsZero" },
    taskPoints: 3000,
    total: 3000,
  },
  {
    name: "weights: 3 done of weight 4",
    tasks: [task("u1", { weight: 3 }), task("u1", { status: "notDone" })],
    taskPoints: 4500,
    total: 4500,
  },
  {
    name: "three equal tasks all done give exactly the max",
    tasks: [task("u1"), task("u1"), task("u1")],
    taskPoints: 6000,
    total: 6000,
  },
  {
    name: "one of three done gives a third, rounded once",
    tasks: [task("u1"), task("u1", { status: "notDone" }), task("u1", { status: "notDone" })],
    taskPoints: 2000,
    total: 2000,
  },
  {
    name: "one of seven done: 6000/7 = 857,14… rounds to 857",
    tasks: [task("u1"), ...Array.from({ length: 6 }, () => task("u1", { status: "notDone" }))],
    taskPoints: 857,
    total: 857,
  },
  {
    name: "all tasks not yet due: the criterion scores 0",
    tasks: [task("u1", { status: "inProgress", deadline: "2024-12-31" })],
    taskPoints: 0,
    total: 0,
  },
  { name: "no tasks at all scores 0", tasks: [], taskPoints: 0, total: 0 },
];

describe("task-derived points", () => {
  it.each(cases)("$name", ({ tasks, rule, taskPoints, total }) => {
    const result = rankAgencies(makeInput({ members: [member("u1")], tasks, rules: rules({}, rule) }));
    const unit = unitOf(result, "u1");
    expect(unit.taskPoints).toBe(taskPoints);
    expect(unit.total).toBe(total);
    expect(contributionSum(unit)).toBe(unit.total);
  });

  it.each([
    [
      task("u1", { number: 12, completedOn: "2024-07-03" }),
      "Nhiệm vụ 12 hoàn thành trễ 3 ngày: 50,00% × 60,00 điểm = 30,00 điểm",
    ],
    [task("u1", { number: 12 }), "Nhiệm vụ 12 hoàn thành đúng hạn: 100,00% × 60,00 điểm = 60,00 điểm"],
    [
      task("u1", { number: 12, status: "partial", completionShare: 3750 }),
      "Nhiệm vụ 12 hoàn thành một phần: 37,50% × 60,00 điểm = 22,50 điểm",
    ],
    [
      task("u1", { number: 12, status: "inProgress" }),
      "Nhiệm vụ 12 chưa hoàn thành, đã quá hạn 30/06/2024: 0,00% × 60,00 điểm = 0,00 điểm",
    ],
  ])("explains a task in Vietnamese: %#", (oneTask, label) => {
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], tasks: [oneTask] })), "u1");
    expect(unit.contributions).toContainEqual({
      kind: "task",
      criterionId: "I.1",
      taskId: oneTask.id,
      points: unit.taskPoints,
      label,
    });
  });

  it("explains an excluded task with 0 points and says why", () => {
    const pending = task("u1", { number: 7, status: "notStarted", deadline: "2024-12-31" });
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], tasks: [pending] })), "u1");
    expect(unit.contributions.map((c) => [c.kind, c.points, c.label])).toEqual([
      ["taskExcluded", 0, "Nhiệm vụ 7 chưa đến hạn (hạn 31/12/2024): không tính điểm"],
      [
        "missingScore",
        0,
        "Tiêu chí I.1 “Kết quả thực hiện nhiệm vụ”: không có nhiệm vụ nào được tính điểm, 0,00 điểm",
      ],
      ["missingScore", 0, "Tiêu chí II.1 “Phát động phong trào thi đua”: chưa có điểm chấm, 0,00 điểm"],
      ["missingScore", 0, "Tiêu chí II.2 “Chế độ báo cáo”: chưa có điểm chấm, 0,00 điểm"],
    ]);
  });

  it("scores a 1000-point scale with the same rules", () => {
    const table: ScoreNode[] = [
      { id: "A", code: "A", title: "Nhiệm vụ", kind: "taskDerived", maxPoints: 100_000 },
    ];
    const tasks = [
      task("u1", { criterionId: "A" }),
      task("u1", { criterionId: "A", completedOn: "2024-08-01" }),
    ];
    const result = rankAgencies(makeInput({ scoreTable: table, members: [member("u1")], tasks }));
    const unit = unitOf(result, "u1");
    expect(result.maxPoints).toBe(100_000);
    expect(unit.total).toBe(75_000);
    expect(unit.percentOfMax).toBe(7500);
    expect(unit.contributions[0]?.label).toBe(
      "Nhiệm vụ " + tasks[0]?.number + " hoàn thành đúng hạn: 100,00% × 500,00 điểm = 500,00 điểm",
    );
  });

  it("splits a criterion over tasks so the lines add up exactly to the rounded criterion", () => {
    const tasks = [task("u1"), task("u1"), task("u1", { status: "partial", completionShare: 3333 })];
    const unit = unitOf(rankAgencies(makeInput({ members: [member("u1")], tasks })), "u1");
    const lines = unit.contributions.filter((c) => c.kind === "task").map((c) => c.points);
    expect(lines).toEqual([2000, 2000, 667]);
    expect(unit.nodePoints["I.1"]).toBe(4667);
  });
});
