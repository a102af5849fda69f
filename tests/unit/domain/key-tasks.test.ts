import { describe, expect, it } from "vitest";
import {
  type ClassificationLevel,
  type KeyTaskCondition,
  type Task,
  rankAgencies,
  ScoringInputError,
  tallyTasks,
} from "@/domain/scoring";
import { makeInput, member, rules, task, unitOf } from "./scoring-fixtures";

/** Two levels any total reaches: only the key-task condition tells them apart. */
const levels = (keyTasks: KeyTaskCondition): ClassificationLevel[] => [
  {
    code: "HTXS",
    label: "Hoàn thành xuất sắc nhiệm vụ",
    minPercentOfMax: null,
    minPoints: 0,
    minShareEveryCriterion: null,
    keyTasks,
  },
  {
    code: "HT",
    label: "Hoàn thành nhiệm vụ",
    minPercentOfMax: null,
    minPoints: 0,
    minShareEveryCriterion: null,
    keyTasks: "any",
  },
];

const classifyWith = (keyTasks: KeyTaskCondition, tasks: Task[], extra: Parameters<typeof rules>[0] = {}) =>
  unitOf(
    rankAgencies(
      makeInput({
        members: [member("u1", { joinedOn: "2024-03-01" })],
        tasks,
        rules: rules({ classificationLevels: levels(keyTasks), ...extra }),
      }),
    ),
    "u1",
  );

// As of 2024-12-15 (the fixtures' day); deadlines are 2024-06-30 unless said.
const key = (extra: Partial<Task>) => task("u1", { isKey: true, title: "Chuyển đổi số", ...extra });

describe("a level that asks for key tasks", () => {
  it.each([
    { name: "done on time", task: {}, noneNotDone: "HTXS", allOnTime: "HTXS", says: null },
    {
      name: "done 3 days late",
      task: { completedOn: "2024-07-03" },
      noneNotDone: "HTXS",
      allOnTime: "HT",
      says: "hoàn thành trễ 3 ngày",
    },
    {
      name: "closed as not done",
      task: { status: "notDone" as const },
      noneNotDone: "HT",
      allOnTime: "HT",
      says: "chưa hoàn thành",
    },
    {
      name: "closed as partly done",
      task: { status: "partial" as const, completionShare: 9000 },
      noneNotDone: "HT",
      allOnTime: "HT",
      says: "chỉ hoàn thành một phần",
    },
    {
      name: "open past its deadline",
      task: { status: "inProgress" as const },
      noneNotDone: "HT",
      allOnTime: "HT",
      says: "chưa hoàn thành",
    },
    {
      name: "open and not yet due (the day after the as-of date)",
      task: { status: "notStarted" as const, deadline: "2024-12-16" },
      noneNotDone: "HTXS",
      allOnTime: "HTXS",
      says: null,
    },
    {
      name: "open and due on the as-of date itself",
      task: { status: "notStarted" as const, deadline: "2024-12-15" },
      noneNotDone: "HTXS",
      allOnTime: "HTXS",
      says: null,
    },
    {
      name: "not a key task, not done",
      task: { status: "notDone" as const, isKey: false },
      noneNotDone: "HTXS",
      allOnTime: "HTXS",
      says: null,
    },
  ])("a key task $name", ({ task: extra, noneNotDone, allOnTime, says }) => {
    for (const [condition, expected] of [
      ["noneNotDone", noneNotDone],
      ["allOnTime", allOnTime],
    ] as const) {
      const unit = classifyWith(condition, [key({ number: 7, ...extra })]);
      expect(unit.classification?.code).toBe(expected);
      if (expected === "HTXS") expect(unit.levelBlocks).toEqual([]);
      else
        expect(unit.levelBlocks).toEqual([
          {
            code: says === "hoàn thành trễ 3 ngày" ? "keyTaskLate" : "keyTaskNotDone",
            message: `Chưa xếp loại “Hoàn thành xuất sắc nhiệm vụ”: nhiệm vụ trọng tâm số 7 “Chuyển đổi số” ${says}.`,
          },
        ]);
    }
    expect(classifyWith("any", [key(extra)]).classification?.code).toBe("HTXS");
  });

  it("names the lowest-numbered blocking task and counts the others", () => {
    const unit = classifyWith("noneNotDone", [
      key({ number: 12, status: "notDone", title: "Cải cách hành chính" }),
      key({ number: 4, status: "notDone", title: "Chuyển đổi số" }),
      key({ number: 8 }),
    ]);
    expect(unit.levelBlocks?.map((block) => block.message)).toEqual([
      "Chưa xếp loại “Hoàn thành xuất sắc nhiệm vụ”: nhiệm vụ trọng tâm số 4 “Chuyển đổi số” chưa hoàn thành (và 1 nhiệm vụ trọng tâm khác).",
    ]);
  });

  it("judges a key task that feeds no criterion, given apart from the task list", () => {
    const {
      criterionId: _criterion,
      weight: _weight,
      isKey: _key,
      ...undone
    } = key({
      number: 5,
      status: "notDone",
    });
    const unit = unitOf(
      rankAgencies(
        makeInput({
          members: [member("u1")],
          tasks: [task("u1")],
          keyTasks: [undone],
          rules: rules({ classificationLevels: levels("noneNotDone") }),
        }),
      ),
      "u1",
    );
    expect(unit.classification?.code).toBe("HT");
    expect(unit.levelBlocks?.[0]?.message).toContain(
      "nhiệm vụ trọng tâm số 5 “Chuyển đổi số” chưa hoàn thành",
    );
  });

  it("leaves out a key task due before the unit joined when the rules pro-rate by membership", () => {
    const early = key({ status: "notDone", deadline: "2024-02-01" });
    expect(classifyWith("noneNotDone", [early]).classification?.code).toBe("HT");
    const prorated = classifyWith("noneNotDone", [early], { membership: "prorateByMembership" });
    expect(prorated.classification?.code).toBe("HTXS");
  });

  it("keeps a unit out of an award that needs the blocked level", () => {
    const flagNeedsHtxs = rules().awards.map((award) =>
      award.isLeadingAward ? { ...award, minClassification: "HTXS" } : award,
    );
    const unit = classifyWith("noneNotDone", [key({ status: "notDone" })], { awards: flagNeedsHtxs });
    const flag = unit.awards.find((award) => award.awardCode === "CO_THI_DUA_UBND_TINH");
    expect(flag?.candidate).toBe(false);
    expect(flag?.reasons.map((reason) => reason.code)).toContain("belowClassification");
  });
});

describe("key tasks with tallied tasks", () => {
  const tasks = [key({ number: 3, status: "notDone" }), task("u1", { number: 4 })];
  const base = makeInput({
    members: [member("u1")],
    rules: rules({ classificationLevels: levels("noneNotDone") }),
  });
  const tallies = tallyTasks({
    tasks,
    members: base.members,
    asOf: base.asOf,
    rule: base.rules.taskCompletion,
  });

  it("classifies as the task list does when the key tasks come with the tallies", () => {
    const fromList = unitOf(rankAgencies({ ...base, tasks }), "u1");
    const fromTallies = unitOf(
      rankAgencies({ ...base, taskTallies: tallies, keyTasks: tasks.filter((t) => t.isKey) }),
      "u1",
    );
    expect(fromTallies.classification).toEqual(fromList.classification);
    expect(fromTallies.levelBlocks).toEqual(fromList.levelBlocks);
    expect(fromTallies.total).toBe(fromList.total);
    expect(fromList.classification?.code).toBe("HT");
  });

  it("refuses tallies without the key tasks when a level asks for them", () => {
    expect(() => rankAgencies({ ...base, taskTallies: tallies })).toThrow(ScoringInputError);
    const anyLevel = { ...base, rules: rules({ classificationLevels: levels("any") }) };
    expect(() => rankAgencies({ ...anyLevel, taskTallies: tallies })).not.toThrow();
  });
});
