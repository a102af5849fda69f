import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { deleteTaskSchema } from "@/schemas/tasks/delete-task";
import { ConflictError, ForbiddenError, StageRefusedError } from "@/server/errors";
import { createTask } from "@/server/mutations/tasks/create-task";
import { deleteTask } from "@/server/mutations/tasks/delete-task";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "../members/world";

// On a year created through the app: a task can be deleted before scoring starts, never after.
describe.each(testBackends())("deleting a task (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let yearId: string;
  let ownerUnitId: string;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = await ktktIds(t.prisma, demo);
    const secretariat = demo.user("thuky.ktkt");
    yearId = await createNextYearThroughApp(t.prisma, secretariat, ids.y2024.id);
    const member = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: yearId },
      select: { unitId: true },
    });
    ownerUnitId = member.unitId;
  });
  afterAll(() => t.close());

  const newTask = async (title: string) => {
    const form = {
      blocYearId: yearId,
      title,
      ownerUnitId,
      sourceMode: "none",
      weight: "1",
      deadline: "30/11/2025",
      criterionId: "",
    };
    const created = await createTask(t.prisma, demo.user("thuky.ktkt"), createTaskSchema.parse(form));
    return t.prisma.task.findUniqueOrThrow({
      where: { id: created.id },
      select: { id: true, version: true, number: true },
    });
  };
  const remove = (username: string, task: { id: string; version: number }) =>
    deleteTask(
      t.prisma,
      demo.user(username),
      deleteTaskSchema.parse({ taskId: task.id, version: String(task.version) }),
    );

  it("deletes a task while the year is being prepared, and keeps the whole task in the audit log", async () => {
    const task = await newTask("Nhiệm vụ giao nhầm");
    await expect(remove("thuky.ktkt", task)).resolves.toMatchObject({ year: 2025, number: task.number });
    expect(await t.prisma.task.count({ where: { id: task.id } })).toBe(0);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: task.id, action: "delete" },
    });
    expect(audit).toMatchObject({
      actorId: demo.user("thuky.ktkt").id,
      blocYearId: yearId,
      entity: "Task",
      subject: `Nhiệm vụ số ${task.number}`,
      oldValue: expect.objectContaining({
        number: task.number,
        title: "Nhiệm vụ giao nhầm",
        deadline: "2025-11-30",
      }),
    });
  });

  it("refuses a stale version: a task changed meanwhile is not deleted blind", async () => {
    const task = await newTask("Nhiệm vụ vừa được sửa");
    await expect(remove("thuky.ktkt", { ...task, version: task.version + 1 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await t.prisma.task.count({ where: { id: task.id } })).toBe(1);
  });

  it.each(["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"])("refuses %s, changing nothing", async (username) => {
    const task = await newTask(`Nhiệm vụ không được xóa bởi ${username}`);
    const audits = await t.prisma.auditEvent.count();
    await expect(remove(username, task)).rejects.toBeInstanceOf(ForbiddenError);
    expect([
      await t.prisma.task.count({ where: { id: task.id } }),
      await t.prisma.auditEvent.count(),
    ]).toEqual([1, audits]);
  });

  it("refuses once scoring has started, naming the stage, and audits nothing", async () => {
    const task = await newTask("Nhiệm vụ đã vào chấm điểm");
    await putYearsInStage(t.prisma, [yearId], "SCORING");
    const audits = await t.prisma.auditEvent.count();
    const refusal = remove("thuky.ktkt", task);
    await expect(refusal).rejects.toBeInstanceOf(StageRefusedError);
    await expect(refusal).rejects.toThrow(/Đang chấm điểm.*xóa nhiệm vụ/);
    expect([
      await t.prisma.task.count({ where: { id: task.id } }),
      await t.prisma.auditEvent.count(),
    ]).toEqual([1, audits]);
    await putYearsInStage(t.prisma, [yearId], "DRAFT");
  });
});
