import { toIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { updateTaskSchema } from "@/schemas/tasks/update-task";
import {
  ConflictError,
  FieldProblemsError,
  ForbiddenError,
  PublishedYearError,
  UserFacingError,
} from "@/server/errors";
import { createTask } from "@/server/mutations/tasks/create-task";
import { updateTask } from "@/server/mutations/tasks/update-task";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { taskForm, taskWorld, type TaskWorld } from "./task-world";

describe.each(testBackends())("creating and editing tasks (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: TaskWorld;
  const create = (username: string, form: Record<string, string>) =>
    createTask(t.prisma, demo.user(username), createTaskSchema.parse(form));
  const editForm = async (number: number, overrides: Record<string, string> = {}) => {
    const task = await w.task(number);
    return updateTaskSchema.parse(
      taskForm(w, {
        taskId: task.id,
        version: String(task.version),
        title: task.title,
        ownerUnitId: task.ownerUnitId,
        weight: String(task.weight),
        deadline: toIsoDay(task.deadline),
        ...overrides,
      }),
    );
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await taskWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("lets the secretariat create a task with the next number, audited", async () => {
    const created = await create("thuky.ktkt", taskForm(w));
    expect(created.number).toBe(44);
    const task = await w.task(44);
    expect(task).toMatchObject({
      ownerUnitId: w.tnmt,
      weight: 2,
      status: "NOT_STARTED",
      criterionId: w.criterionId,
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: task.id, action: "create" },
    });
    expect(audit).toMatchObject({
      actorId: demo.user("thuky.ktkt").id,
      newValue: expect.objectContaining({ number: 44, deadline: "2024-11-30", weight: 2 }),
    });
  });

  it("records a new source document with the task", async () => {
    const created = await create(
      "admin.yenbai",
      taskForm(w, {
        title: "Nhiệm vụ theo văn bản mới",
        sourceMode: "new",
        newSourceCode: "25/KH-UBND",
        newSourceTitle: "Kế hoạch chuyển đổi số năm 2024",
        newSourceIssuedOn: "15/02/2024",
      }),
    );
    const task = await t.prisma.task.findUniqueOrThrow({
      where: { id: created.id },
      select: { sourceDocument: { select: { code: true, issuedOn: true } } },
    });
    expect(task.sourceDocument).toEqual({
      code: "25/KH-UBND",
      issuedOn: new Date("2024-02-15T00:00:00.000Z"),
    });
    await expect(
      create(
        "thuky.ktkt",
        taskForm(w, {
          title: "Khác",
          sourceMode: "new",
          newSourceCode: "25/KH-UBND",
          newSourceTitle: "x",
          newSourceIssuedOn: "2024-02-15",
        }),
      ),
    ).rejects.toThrow(/đã có/);
  });

  it("gives two simultaneous creations different numbers", async () => {
    const before = await w.taskCount(w.ktkt2024);
    const created = await Promise.all(
      [1, 2, 3].map((i) => create("thuky.ktkt", taskForm(w, { title: `Nhiệm vụ đồng thời ${i}` }))),
    );
    expect(new Set(created.map((task) => task.number)).size).toBe(3);
    expect(await w.taskCount(w.ktkt2024)).toBe(before + 3);
  });

  it.each([
    ["an owner outside the bloc", () => ({ ownerUnitId: w.yte }), /thành viên/],
    ["a deadline in another year", () => ({ deadline: "2025-01-15" }), /trong năm 2024/],
    ["a criterion of another year", () => ({ criterionId: "c-not-this-year" }), /Tiêu chí/],
  ])("refuses %s", async (_name, overrides, message) => {
    const count = await w.taskCount(w.ktkt2024);
    await expect(create("thuky.ktkt", taskForm(w, overrides()))).rejects.toThrow(message);
    expect(await w.taskCount(w.ktkt2024)).toBe(count);
  });

  it("reports every refused field of a definition at once, each on its field", async () => {
    const form = taskForm(w, { ownerUnitId: w.yte, deadline: "2025-01-15", criterionId: "c-not-this-year" });
    const refusal = await create("thuky.ktkt", form).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FieldProblemsError);
    expect((refusal as FieldProblemsError).fieldErrors).toEqual({
      deadline: ["Hạn hoàn thành phải trong năm 2024."],
      ownerUnitId: ["Đơn vị chủ trì phải là thành viên của khối trong năm này."],
      criterionId: ["Tiêu chí tính điểm không thuộc bảng điểm của năm này."],
    });
  });

  it("tells a typed day that does not exist from a wrong shape", () => {
    const parsed = createTaskSchema.safeParse(taskForm(w, { deadline: "31/02/2025" }));
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      "Hạn hoàn thành: ngày 31/02/2025 không tồn tại.",
    );
  });

  it.each(["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"])(
    "refuses creation and edits to %s, changing nothing",
    async (username) => {
      const [count, audits, task] = [await w.taskCount(w.ktkt2024), await w.auditCount(), await w.task(1)];
      await expect(create(username, taskForm(w))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateTask(t.prisma, demo.user(username), await editForm(1, { title: "Đổi tên" })),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect([await w.taskCount(w.ktkt2024), await w.auditCount(), await w.task(1)]).toEqual([
        count,
        audits,
        task,
      ]);
    },
  );

  it.each([
    [{ title: "" }, "title"],
    [{ weight: "0" }, "weight"],
    [{ weight: "1,5" }, "weight"],
    [{ deadline: "31/02/2024" }, "deadline"],
    [{ title: "a\u0000b" }, "title"],
    [{ sourceMode: "new", newSourceCode: "" }, "newSourceCode"],
  ])("the schema rejects %j", (overrides, field) => {
    const parsed = createTaskSchema.safeParse(taskForm(w, overrides));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((issue) => issue.path.includes(field))).toBe(true);
  });

  it("edits a task, audits each changed field old → new, and bumps the version", async () => {
    const before = await w.task(2);
    const result = await updateTask(
      t.prisma,
      demo.user("thuky.ktkt"),
      await editForm(2, { weight: "3", deadline: "20/12/2024" }),
    );
    expect(result.version).toBe(before.version + 1);
    const audits = await t.prisma.auditEvent.findMany({
      where: { entityId: before.id, action: "update" },
      orderBy: { field: "asc" },
    });
    expect(audits.map(({ field, oldValue, newValue }) => ({ field, oldValue, newValue }))).toEqual([
      { field: "deadline", oldValue: "2024-09-30", newValue: "2024-12-20" },
      { field: "weight", oldValue: 1, newValue: 3 },
    ]);
  });

  it("marks a task as key and back, each change audited; a forged value is refused", async () => {
    const task = await w.task(4);
    expect(task.isKey).toBe(false);
    await updateTask(t.prisma, demo.user("thuky.ktkt"), await editForm(4, { isKey: "on" }));
    expect((await w.task(4)).isKey).toBe(true);
    // An unticked checkbox sends nothing: the task is no longer key.
    await updateTask(t.prisma, demo.user("thuky.ktkt"), await editForm(4));
    expect((await w.task(4)).isKey).toBe(false);
    const audits = await t.prisma.auditEvent.findMany({
      where: { entityId: task.id, action: "update", field: "isKey" },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audits.map(({ oldValue, newValue }) => [oldValue, newValue])).toEqual([
      [false, true],
      [true, false],
    ]);
    const forged = updateTaskSchema.safeParse({ ...(await editForm(4)), isKey: "yes" });
    expect(forged.error?.issues[0]?.message).toBe("Ô “Nhiệm vụ trọng tâm” không hợp lệ.");
  });

  it("of two edits from the same version exactly one wins; the other gets a conflict", async () => {
    const forms = [await editForm(3, { title: "Bản sửa A" }), await editForm(3, { title: "Bản sửa B" })];
    const outcomes = await Promise.allSettled(
      forms.map((form) => updateTask(t.prisma, demo.user("thuky.ktkt"), form)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect(["Bản sửa A", "Bản sửa B"]).toContain((await w.task(3)).title);
  });

  it("refuses both writes once the year is published", async () => {
    const form = await editForm(4, { title: "Sau công bố" });
    await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "PUBLISHED" } });
    try {
      await expect(create("thuky.ktkt", taskForm(w, { title: "Sau công bố" }))).rejects.toBeInstanceOf(
        PublishedYearError,
      );
      await expect(updateTask(t.prisma, demo.user("thuky.ktkt"), form)).rejects.toBeInstanceOf(
        PublishedYearError,
      );
    } finally {
      await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "ACTIVE" } });
    }
    expect((await w.task(4)).title).not.toBe("Sau công bố");
  });

  it("has only user-facing errors for a missing task", async () => {
    const form = await editForm(6);
    await expect(
      updateTask(t.prisma, demo.user("thuky.ktkt"), { ...form, taskId: "missing" }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });
});
