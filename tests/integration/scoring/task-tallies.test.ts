import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RankingResult, DEFAULT_SCORING_RULES, hasScores, tallyTasks } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import { toScoringInput } from "@/server/mappers/scoring-input";
import { computeRanking } from "@/server/queries/compute-ranking";
import { loadScoringRows } from "@/server/queries/load-scoring-rows";
import { loadTaskTallyRows } from "@/server/queries/scoring-fact-rows";
import { demoWorld, type DemoWorld } from "../../factories/demo";
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
        const rows = await loadTaskTallyRows(t.prisma, {
          blocYearId,
          asOf,
          daysLateApart: input.rules.taskCompletion.lateReductionPerDay > 0,
        });
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
    await expect(
      loadTaskTallyRows(t.prisma, { blocYearId, asOf: "2024-12-15", daysLateApart: false }),
    ).resolves.toBeNull();
    await expect(computeRanking(t.prisma, { blocYearId, tallied: true })).rejects.toThrow(
      `Nhiệm vụ ${task.number} đã hoàn thành nhưng thiếu ngày hoàn thành.`,
    );
  });
});
