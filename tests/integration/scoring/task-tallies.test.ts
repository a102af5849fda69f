import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RankingResult, DEFAULT_SCORING_RULES, hasScores, tallyTasks } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { computeRanking } from "@/server/queries/compute-ranking";
import { loadScoringRows } from "@/server/queries/load-scoring-rows";
import { loadTaskTallyRows } from "@/server/queries/scoring-fact-rows";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { updateTaskProgressSchema } from "@/schemas/tasks/update-task-progress";
import { createTask } from "@/server/mutations/tasks/create-task";
import { updateTaskProgress } from "@/server/mutations/tasks/update-task-progress";
import { saveScoringRules } from "@/server/mutations/score-table/save-scoring-rules";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { putYearsInStage } from "../../support/year-stage";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const withoutLines = (result: RankingResult) =>
  result.units.map(({ contributions, ...unit }) => ({ ...unit, scored: hasScores({ contributions }) }));
const byKey = (tally: object) => JSON.stringify(Object.entries(tally).sort());

describe.each(testBackends())("task tallies summed up by the database (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let blocYearId: string;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ({ id: blocYearId } = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2024 },
      select: { id: true },
    }));
    // Tasks in every state the rules tell apart: late by several days, partial, overdue, not yet due.
    const tasks = await t.prisma.task.findMany({
      where: { blocYearId },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    const states: Prisma.TaskUpdateInput[] = [
      { status: "DONE", deadline: new Date("2024-03-31"), completedOn: new Date("2024-04-09") },
      { status: "DONE", deadline: new Date("2024-03-31"), completedOn: new Date("2024-04-02") },
      { status: "PARTIAL", completionShare: 3333, completedOn: new Date("2024-05-01") },
      { status: "IN_PROGRESS", deadline: new Date("2024-02-01"), completedOn: null },
      { status: "NOT_STARTED", deadline: new Date("2024-12-30"), completedOn: null },
      { status: "DONE", deadline: new Date("2024-01-05"), completedOn: new Date("2024-01-05"), weight: 3 },
    ];
    for (const [i, data] of states.entries())
      await t.prisma.task.update({ where: { id: tasks[i]!.id }, data });
    // A member that left mid-year, so some deadlines fall outside its membership.
    const member = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId },
      select: { id: true },
    });
    await t.prisma.membership.update({ where: { id: member.id }, data: { leftOn: new Date("2024-06-30") } });
  });
  afterAll(() => t.close());

  it.each([
    ["the default rules", {}, false],
    [
      "a per-day reduction, a deduction per task not done, not-yet-due counted as 0, pro-rating by membership",
      {
        lateReductionPerDay: 100,
        lateFloorShare: 1000,
        notYetDue: "countAsZero",
        notDoneDeductionPoints: 50,
      },
      true,
    ],
  ] as const)(
    "give the tallies the domain defines, and the same ranking as the tasks, under %s",
    async (_name, completion, prorate) => {
      const deduction = await t.prisma.criterion.findFirstOrThrow({
        where: { scoreTable: { blocYearId }, code: "V.1" },
        select: { id: true },
      });
      const rules = {
        ...DEFAULT_SCORING_RULES,
        ...(prorate ? { membership: "prorateByMembership" } : {}),
        taskCompletion: {
          ...DEFAULT_SCORING_RULES.taskCompletion,
          ...completion,
          ...("notDoneDeductionPoints" in completion ? { notDoneDeductionCriterionId: deduction.id } : {}),
        },
      };
      await t.prisma.blocYear.update({
        where: { id: blocYearId },
        data: { rules: rules as unknown as Prisma.InputJsonObject },
      });
      for (const asOf of ["2024-04-05", "2024-12-15"]) {
        const input = toScoringInput(await loadScoringRows(t.prisma, blocYearId), asOf);
        const expected = tallyTasks({
          tasks: input.tasks,
          members: input.members,
          asOf,
          rule: input.rules.taskCompletion,
        });
        const rows = await loadTaskTallyRows(t.prisma, { blocYearId, asOf });
        const mapped = toScoringInput(
          { ...(await loadScoringRows(t.prisma, blocYearId)), tasks: [], taskTallies: rows },
          asOf,
        );
        expect(mapped.taskTallies?.map(byKey).sort()).toEqual(expected.map(byKey).sort());
        const [tallied, listed] = await Promise.all([
          computeRanking(t.prisma, { blocYearId, asOf, tallied: true }),
          computeRanking(t.prisma, { blocYearId, asOf }),
        ]);
        expect(withoutLines(tallied.result)).toEqual(withoutLines(listed.result));
        expect(tallied.result.pairs).toEqual(listed.result.pairs);
      }
    },
  );

  it("give the same ranking as the tasks on a year created through the app, its tasks and progress entered there", async () => {
    const secretariat = demo.user("thuky.ktkt");
    const yearId = await createNextYearThroughApp(t.prisma, secretariat, blocYearId);
    // The best level asks that no key task is left undone; any total reaches it otherwise.
    const { version: rulesVersion } = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: yearId },
      select: { version: true },
    });
    const [best, ...lower] = DEFAULT_SCORING_RULES.classificationLevels;
    await saveScoringRules(t.prisma, secretariat, {
      blocYearId: yearId,
      version: rulesVersion,
      rules: {
        ...DEFAULT_SCORING_RULES,
        classificationLevels: [{ ...best!, minPercentOfMax: 0, keyTasks: "noneNotDone" }, ...lower.slice(-1)],
      },
    });
    await putYearsInStage(t.prisma, [yearId], "SCORING");
    // Units there all year (the app refuses a task due after its owner left the bloc).
    const members = await t.prisma.membership.findMany({
      where: { blocYearId: yearId, leftOn: null },
      select: { unitId: true },
    });
    const leaves = await t.prisma.criterion.findMany({
      where: { scoreTable: { blocYearId: yearId }, kind: "TASK_DERIVED", children: { none: {} } },
      select: { id: true },
    });
    // Done on time, done late, partly done, not done, and left open: twice round the members.
    const progress = [
      { status: "DONE", completedOn: "10/03/2025", completionPercent: "" },
      { status: "DONE", completedOn: "20/04/2025", completionPercent: "" },
      { status: "PARTIAL", completedOn: "15/05/2025", completionPercent: "37,5" },
      { status: "NOT_DONE", completedOn: "", completionPercent: "" },
      null,
    ] as const;
    for (let i = 0; i < members.length * 2; i += 1) {
      const created = await createTask(
        t.prisma,
        secretariat,
        createTaskSchema.parse({
          blocYearId: yearId,
          title: `Nhiệm vụ thử ${i + 1}`,
          ownerUnitId: members[i % members.length]!.unitId,
          sourceMode: "none",
          weight: String(1 + (i % 3)),
          deadline: i % 2 ? "31/03/2025" : "30/09/2025",
          criterionId: leaves[i % leaves.length]!.id,
          ...(i % 3 === 0 && { isKey: "on" }),
        }),
      );
      const step = progress[i % progress.length];
      if (!step) continue;
      const { version } = await t.prisma.task.findUniqueOrThrow({
        where: { id: created.id },
        select: { version: true },
      });
      await updateTaskProgress(
        t.prisma,
        secretariat,
        updateTaskProgressSchema.parse({
          taskId: created.id,
          version: String(version),
          ...step,
          evidenceNote: "",
          evidenceUrl: "",
        }),
      );
    }
    // A key task that feeds no criterion ("Không tính điểm"), left undone past its deadline.
    const offTable = await createTask(
      t.prisma,
      secretariat,
      createTaskSchema.parse({
        blocYearId: yearId,
        title: "Nhiệm vụ trọng tâm không tính điểm",
        ownerUnitId: members[0]!.unitId,
        sourceMode: "none",
        weight: "1",
        deadline: "31/03/2025",
        criterionId: "",
        isKey: "on",
      }),
    );
    for (const asOf of ["2025-06-15", "2025-12-31"]) {
      const tallies = await loadTaskTallyRows(t.prisma, { blocYearId: yearId, asOf });
      expect(tallies?.length).toBeGreaterThan(0);
      const [tallied, listed] = await Promise.all([
        computeRanking(t.prisma, { blocYearId: yearId, asOf, tallied: true }),
        computeRanking(t.prisma, { blocYearId: yearId, asOf }),
      ]);
      expect(withoutLines(tallied.result)).toEqual(withoutLines(listed.result));
      expect(tallied.result.units.some((unit) => unit.tasksCounted > 0)).toBe(true);
    }
    // By the year's end some key task is not done: its unit is one level down, and told why.
    const { result } = await computeRanking(t.prisma, {
      blocYearId: yearId,
      asOf: "2025-12-31",
      tallied: true,
    });
    const blocked = result.units.filter((unit) => (unit.levelBlocks ?? []).length > 0);
    expect(blocked.length).toBeGreaterThan(0);
    for (const unit of blocked) {
      expect(unit.classification?.code).toBe(lower.at(-1)!.code);
      expect(unit.levelBlocks![0]!.message).toMatch(
        /^Chưa xếp loại “.+”: nhiệm vụ trọng tâm số \d+ “(Nhiệm vụ thử \d+|Nhiệm vụ trọng tâm không tính điểm)”/,
      );
    }
    expect(result.units.some((unit) => unit.classification?.code === best!.code)).toBe(true);
    const owner = result.units.find((unit) => unit.unitId === members[0]!.unitId)!;
    expect(owner.levelBlocks?.map((block) => block.message).join(" ")).toMatch(
      new RegExp(
        `nhiệm vụ trọng tâm số ${offTable.number} “Nhiệm vụ trọng tâm không tính điểm”|và \\d+ nhiệm vụ trọng tâm khác`,
      ),
    );
  });

  it("leave a refusal to the tasks themselves, so its message names the task at fault", async () => {
    const task = await t.prisma.task.findFirstOrThrow({
      where: { blocYearId, criterionId: { not: null } },
      select: { id: true, number: true, criterionId: true },
    });
    const section = await t.prisma.criterion.findFirstOrThrow({
      where: { scoreTable: { blocYearId }, kind: "SECTION" },
      select: { id: true },
    });
    await t.prisma.task.update({ where: { id: task.id }, data: { criterionId: section.id } });
    try {
      await expect(computeRanking(t.prisma, { blocYearId, tallied: true })).rejects.toThrow(
        `Nhiệm vụ ${task.number}: tiêu chí ${section.id} không phải tiêu chí lá phù hợp trong bảng điểm.`,
      );
    } finally {
      await t.prisma.task.update({ where: { id: task.id }, data: { criterionId: task.criterionId } });
    }
  });

  it("fall back to the tasks themselves when one is not what the engine accepts, so its check names it", async () => {
    const task = await t.prisma.task.findFirstOrThrow({
      where: { blocYearId },
      select: { id: true, number: true },
    });
    await t.prisma.task.update({ where: { id: task.id }, data: { status: "DONE", completedOn: null } });
    await expect(loadTaskTallyRows(t.prisma, { blocYearId, asOf: "2024-12-15" })).resolves.toBeNull();
    await expect(computeRanking(t.prisma, { blocYearId, tallied: true })).rejects.toThrow(
      `Nhiệm vụ ${task.number} đã hoàn thành nhưng thiếu ngày hoàn thành.`,
    );
  });
});
