import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTaskFilters } from "@/schemas/tasks/task-filters";
import { ForbiddenError } from "@/server/errors";
import { getTask } from "@/server/queries/tasks/get-task";
import { listLaggards } from "@/server/queries/tasks/list-laggards";
import { listTasks } from "@/server/queries/tasks/list-tasks";
import { listProgressRows } from "@/server/queries/tasks/progress-rows";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { taskWorld, type TaskWorld } from "./task-world";

describe.each(testBackends())("reading tasks (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: TaskWorld;
  const list = (username: string, params: Record<string, string>, today = "2024-12-20") =>
    listTasks(t.prisma, {
      user: demo.user(username),
      blocYearId: w.ktkt2024,
      filters: readTaskFilters(params),
      today,
    });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await taskWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("lists the 43 seeded tasks by number with owner names and counts", async () => {
    const result = await list("xem.ktkt", {});
    expect(result.total).toBe(43);
    expect(result.tasks.map((task) => task.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(result.tasks[5]).toMatchObject({
      ownerName: "Sở Tài nguyên và Môi trường",
      sourceDocument: { code: "188-CTr/TU" },
    });
    expect(Object.values(result.statusCounts).reduce((a, b) => a + b, 0)).toBe(43);
  });

  it.each([
    [{ "trang-thai": "PARTIAL" }, (task: { status: string }) => task.status === "PARTIAL"],
    [
      { "qua-han": "1" },
      (task: { overdue: boolean; status: string }) =>
        task.overdue && ["NOT_STARTED", "IN_PROGRESS"].includes(task.status),
    ],
    [{ "van-ban": "khong" }, () => false],
  ])("filters by %j", async (params, holds) => {
    const result = await list("thuky.ktkt", params);
    expect(result.tasks.every(holds)).toBe(true);
  });

  it("filters by member and sorts by owner in Vietnamese order or by deadline", async () => {
    const byUnit = await list("thuky.ktkt", { "don-vi": w.tnmt });
    expect(byUnit.tasks.map((task) => task.number)).toEqual([6, 7, 8, 9, 10, 11]);
    const byOwner = await list("thuky.ktkt", { "sap-xep": "don-vi" });
    expect(byOwner.tasks[0]?.ownerName).toBe("Ban Quản lý các khu công nghiệp");
    const byDeadline = await list("thuky.ktkt", { "sap-xep": "han" });
    expect(byDeadline.tasks.map((task) => task.deadline.getTime())).toEqual(
      [...byDeadline.tasks.map((task) => task.deadline.getTime())].sort((a, b) => a - b),
    );
  });

  it("ignores malformed filters instead of failing", async () => {
    expect((await list("thuky.ktkt", { "trang-thai": "XYZ", "sap-xep": "?" })).tasks).toHaveLength(43);
  });

  it("refuses the list to a secretariat of another bloc", async () => {
    await expect(list("thuky.vhxh", {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("groups laggards per member: overdue and due within 14 days, by deadline", async () => {
    const result = await listLaggards(t.prisma, {
      user: demo.user("lanhdao.tnmt"),
      blocYearId: w.ktkt2024,
      today: "2024-12-20",
    });
    const all = result.groups.flatMap((group) => group.tasks);
    expect(all.every((task) => task.status === "NOT_STARTED" || task.status === "IN_PROGRESS")).toBe(true);
    expect(all.every((task) => task.deadline <= new Date("2025-01-03T00:00:00.000Z"))).toBe(true);
    for (const group of result.groups)
      expect(group.tasks.map((task) => task.deadline.getTime())).toEqual(
        [...group.tasks.map((task) => task.deadline.getTime())].sort((a, b) => a - b),
      );
    expect(result.dueSoonCount + result.overdueCount).toBe(all.length);
  });

  it("judges a past year as of its last day", async () => {
    const result = await listLaggards(t.prisma, {
      user: demo.user("thuky.ktkt"),
      blocYearId: w.ktkt2024,
      today: "2026-03-01",
    });
    expect(result.asOf).toBe("2024-12-31");
    expect(
      result.groups
        .flatMap((group) => group.tasks)
        .every(
          (task) => task.lateness === "overdue" || task.deadline.toISOString() === "2024-12-31T00:00:00.000Z",
        ),
    ).toBe(true);
  });

  it("lets the leader update progress only on their own unit's tasks, managers define", async () => {
    const own = await getTask(t.prisma, {
      user: demo.user("lanhdao.tnmt"),
      blocYearId: w.ktkt2024,
      number: 6,
    });
    const other = await getTask(t.prisma, {
      user: demo.user("lanhdao.tnmt"),
      blocYearId: w.ktkt2024,
      number: 1,
    });
    const manager = await getTask(t.prisma, {
      user: demo.user("thuky.ktkt"),
      blocYearId: w.ktkt2024,
      number: 1,
    });
    expect([own?.canUpdateProgress, own?.canEditDefinition, other?.canUpdateProgress]).toEqual([
      true,
      false,
      false,
    ]);
    expect([manager?.canUpdateProgress, manager?.canEditDefinition]).toEqual([true, true]);
  });

  it("gives the progress table only the rows the user may update, filtered, as typed text", async () => {
    const rows = (username: string, params: Record<string, string> = {}) =>
      listProgressRows(t.prisma, {
        user: demo.user(username),
        blocYearId: w.ktkt2024,
        filters: readTaskFilters(params),
        today: "2024-12-20",
      }).then((result) => result.rows);
    const leader = await rows("lanhdao.tnmt");
    expect(leader.map((row) => row.number)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(await rows("thuky.ktkt")).toHaveLength(43);
    expect(await rows("xem.ktkt")).toEqual([]);
    const partial = await rows("thuky.ktkt", { "trang-thai": "PARTIAL", "don-vi": w.tnmt });
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({
      status: "PARTIAL",
      completedOn: expect.stringMatching(/^\d{2}\/\d{2}\/2024$/),
      completionPercent: expect.stringMatching(/^\d+(,\d+)?$/),
    });
  });
});
