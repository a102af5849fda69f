import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import { UserFacingError } from "@/server/errors";
import { editCriteria } from "@/server/mutations/score-table/edit-criteria";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktYear, tableInForce } from "./score-table-support";

describe.each(testBackends())("a new score table version once scoring has started (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year2024: string;
  let lineId: string;
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year2024 = (await ktktYear(t.prisma, demo, 2024)).id;
    // Scores exist; the year was moved back from scoring so that its table can change.
    await putYearsInStage(t.prisma, [year2024], "ACTIVE");
    const table = await tableInForce(t.prisma, year2024);
    const unit = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: year2024 },
      select: { unitId: true },
    });
    const sheet = await t.prisma.scoreSheet.create({
      data: { blocYearId: year2024, unitId: unit.unitId, stage: "FINAL" },
    });
    lineId = (
      await t.prisma.scoreLine.create({
        data: { sheetId: sheet.id, criterionId: table.idOf("II.1"), points: 700 },
      })
    ).id;
    const rules = {
      ...DEFAULT_SCORING_RULES,
      taskCompletion: {
        ...DEFAULT_SCORING_RULES.taskCompletion,
        notDoneDeductionPoints: 50,
        notDoneDeductionCriterionId: table.idOf("V.1"),
      },
    };
    await t.prisma.blocYear.update({
      where: { id: year2024 },
      data: { rules: rules as unknown as Prisma.InputJsonObject },
    });
  });
  afterAll(() => t.close());

  it("renames a criterion in place: a title changes no score", async () => {
    const table = await tableInForce(t.prisma, year2024);
    const node = table.nodes.find((candidate) => candidate.code === "II.1")!;
    const result = await editCriteria(t.prisma, secretariat(), {
      operation: "update",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: node.key,
      code: node.code,
      title: "Kế hoạch thi đua",
      kind: node.kind,
      maxPoints: node.maxPoints,
      capPoints: null,
    });
    expect(result).toMatchObject({ version: 1, newVersion: false });
  });

  it("saves a new maximum as version 2 and moves the tasks, score lines and rules to it, audited", async () => {
    const before = await tableInForce(t.prisma, year2024);
    // The demo's own 2024 score lines move with the one saved above.
    const linesBefore = await t.prisma.scoreLine.count({ where: { criterion: { scoreTableId: before.id } } });
    const node = before.nodes.find((candidate) => candidate.code === "II.1")!;
    const result = await editCriteria(t.prisma, secretariat(), {
      operation: "update",
      scoreTableId: before.id,
      revision: before.revision,
      criterionId: node.key,
      code: "II.1",
      title: node.title,
      kind: "MANUAL",
      maxPoints: 700,
      capPoints: null,
    });
    expect(result).toMatchObject({ version: 2, newVersion: true });
    const after = await tableInForce(t.prisma, year2024);
    expect(after.version).toBe(2);
    expect(after.nodes.map((n) => n.code)).toEqual(before.nodes.map((n) => n.code));
    expect(after.nodes.find((n) => n.code === "II.1")?.maxPoints).toBe(700);
    expect(
      await t.prisma.task.count({ where: { blocYearId: year2024, criterionId: after.idOf("I.1") } }),
    ).toBe(43);
    expect(await t.prisma.task.count({ where: { criterion: { scoreTableId: before.id } } })).toBe(0);
    expect(
      await t.prisma.scoreLine.findUniqueOrThrow({
        where: { id: lineId },
        select: { criterionId: true, version: true },
      }),
    ).toEqual({ criterionId: after.idOf("II.1"), version: 2 });
    const rules = (await ktktYear(t.prisma, demo, 2024)).rules as unknown as typeof DEFAULT_SCORING_RULES;
    expect(rules.taskCompletion.notDoneDeductionCriterionId).toBe(after.idOf("V.1"));
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "ScoreTable", action: "createVersion" },
    });
    expect(audit).toMatchObject({
      oldValue: 1,
      newValue: { version: 2, tasksMoved: 43, scoreLinesMoved: linesBefore },
    });
    expect(
      await t.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: after.idOf("II.1"), field: "maxPoints" },
      }),
    ).toMatchObject({ oldValue: 800, newValue: 700 });
    // Version 1 stays as it was, readable.
    expect((await t.prisma.criterion.findUniqueOrThrow({ where: { id: node.key } })).maxPoints).toBe(800);
  });

  it.each<
    [string, (table: Awaited<ReturnType<typeof tableInForce>>) => Parameters<typeof editCriteria>[2], RegExp]
  >([
    [
      "deleting the task-derived criterion",
      (table) => ({
        operation: "delete",
        scoreTableId: table.id,
        revision: table.revision,
        criterionId: table.idOf("I"),
      }),
      /Không thể xóa mục I\.1: đang được dùng bởi 43 nhiệm vụ/,
    ],
    [
      "deleting the rules' deduction node",
      (table) => ({
        operation: "delete",
        scoreTableId: table.id,
        revision: table.revision,
        criterionId: table.idOf("V.1"),
      }),
      /quy tắc trừ điểm nhiệm vụ không hoàn thành/,
    ],
    [
      "adding a sub-criterion under a scored criterion",
      (table) => ({
        operation: "add",
        scoreTableId: table.id,
        revision: table.revision,
        parentId: table.idOf("II.1"),
        code: "II.1.a",
        title: "Con",
        kind: "MANUAL",
        maxPoints: 100,
        capPoints: null,
      }),
      /Không thể thêm tiêu chí con vào mục II\.1/,
    ],
  ])("refuses %s, creating no version", async (_, inputOf, message) => {
    const table = await tableInForce(t.prisma, year2024);
    await expect(editCriteria(t.prisma, secretariat(), inputOf(table))).rejects.toThrow(message);
    await expect(editCriteria(t.prisma, secretariat(), inputOf(table))).rejects.toBeInstanceOf(
      UserFacingError,
    );
    expect((await tableInForce(t.prisma, year2024)).version).toBe(2);
  });

  it("refuses an edit made on the previous version", async () => {
    const current = await tableInForce(t.prisma, year2024);
    const old = await t.prisma.scoreTable.findFirstOrThrow({
      where: { blocYearId: year2024, version: 1 },
      select: { id: true },
    });
    await expect(
      editCriteria(t.prisma, secretariat(), {
        operation: "move",
        scoreTableId: old.id,
        revision: current.revision,
        criterionId: current.idOf("II"),
        direction: "down",
      }),
    ).rejects.toThrow(/phiên bản 2/);
  });
});
