import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateTaskProgressSchema } from "@/schemas/tasks/update-task-progress";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { updateTaskProgress } from "@/server/mutations/tasks/update-task-progress";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { taskWorld, type TaskWorld } from "./task-world";

// Seed: task 6 is TN&MT's (done), task 1 is KH&CN's, task 8 is TN&MT's and in progress.
describe.each(testBackends())("status updates of tasks (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: TaskWorld;
  const form = async (number: number, overrides: Record<string, string> = {}) => {
    const task = await w.task(number);
    return {
      taskId: task.id,
      version: String(task.version),
      status: "PARTIAL",
      completedOn: "15/11/2024",
      completionPercent: "37,5",
      evidenceNote: "Báo cáo số 12/BC",
      evidenceUrl: "https://example.gov.vn/bc-12",
      ...overrides,
    };
  };
  const save = async (username: string, number: number, overrides: Record<string, string> = {}) =>
    updateTaskProgress(
      t.prisma,
      demo.user(username),
      updateTaskProgressSchema.parse(await form(number, overrides)),
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await taskWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("lets the secretariat record partial completion, audited per field old → new", async () => {
    const before = await w.task(8);
    await save("thuky.ktkt", 8);
    expect(await w.task(8)).toMatchObject({
      status: "PARTIAL",
      completionShare: 3750,
      completedOn: new Date("2024-11-15T00:00:00.000Z"),
      evidenceUrl: "https://example.gov.vn/bc-12",
      version: before.version + 1,
    });
    const audits = await t.prisma.auditEvent.findMany({
      where: { entityId: before.id, action: "update-progress" },
    });
    expect(audits.every((audit) => audit.subject === "Nhiệm vụ số 8")).toBe(true);
    expect(audits.map(({ field, oldValue, newValue }) => ({ field, oldValue, newValue }))).toEqual(
      expect.arrayContaining([
        { field: "status", oldValue: "IN_PROGRESS", newValue: "PARTIAL" },
        { field: "completionShare", oldValue: 6000, newValue: 3750 },
        { field: "completedOn", oldValue: null, newValue: "2024-11-15" },
      ]),
    );
  });

  it("stores 100 % for a DONE task whatever share was typed, even one the field would refuse", async () => {
    await save("admin.yenbai", 9, { status: "DONE", completedOn: "2024-10-20", completionPercent: "" });
    expect(await w.task(9)).toMatchObject({ status: "DONE", completionShare: 10_000 });
    // Typed for "partly done", then the status changed: the read-only field is not judged.
    await save("admin.yenbai", 9, { status: "DONE", completedOn: "2024-10-21", completionPercent: "-5" });
    expect(await w.task(9)).toMatchObject({ status: "DONE", completionShare: 10_000 });
  });

  it("lets the leader of the owner unit update their own unit's task", async () => {
    await save("lanhdao.tnmt", 7, { status: "DONE", completedOn: "2024-11-28" });
    expect((await w.task(7)).status).toBe("DONE");
  });

  it.each([
    ["lanhdao.tnmt", 1, "a task of another unit"],
    ["thuky.vhxh", 6, "a task of another bloc"],
    ["xem.ktkt", 6, "any task (viewer)"],
  ])("refuses %s on %s (%s), changing nothing", async (username, number) => {
    const [before, audits] = [await w.task(number), await w.auditCount()];
    await expect(save(username, number)).rejects.toBeInstanceOf(ForbiddenError);
    expect([await w.task(number), await w.auditCount()]).toEqual([before, audits]);
  });

  it.each([
    [{ status: "DONE", completedOn: "" }, "completedOn"],
    [{ status: "PARTIAL", completionPercent: "" }, "completionPercent"],
    [{ status: "PARTIAL", completionPercent: "100" }, "completionPercent"],
    [{ completionPercent: "120" }, "completionPercent"],
    [{ completedOn: "01/01/2999" }, "completedOn"],
    [{ status: "NOT_STARTED" }, "completedOn"],
    [{ evidenceUrl: "javascript:alert(1)" }, "evidenceUrl"],
    [{ evidenceUrl: "ftp://example.org/x" }, "evidenceUrl"],
    [{ status: "FINISHED" }, "status"],
  ])("the schema rejects %j", async (overrides, field) => {
    const parsed = updateTaskProgressSchema.safeParse(await form(6, overrides));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.some((issue) => issue.path.includes(field))).toBe(true);
  });

  it("reports a status rule together with another field's problem, in one pass", async () => {
    const parsed = updateTaskProgressSchema.safeParse(
      await form(6, { status: "PARTIAL", completedOn: "", completionPercent: "abc", evidenceUrl: "ftp://x" }),
    );
    const fields = parsed.error?.issues.map((issue) => issue.path[0]);
    expect(new Set(fields)).toEqual(new Set(["completedOn", "completionPercent", "evidenceUrl"]));
  });

  it("refuses a completion date before the year", async () => {
    const before = await w.task(10);
    await expect(save("thuky.ktkt", 10, { completedOn: "20/12/2023" })).rejects.toThrow(
      /trước năm thi đua 2024/,
    );
    expect(await w.task(10)).toEqual(before);
  });

  it("of two updates from the same version exactly one wins; the other gets a conflict", async () => {
    const forms = [await form(11, { evidenceNote: "Người A" }), await form(11, { evidenceNote: "Người B" })];
    const outcomes = await Promise.allSettled(
      forms.map((f) =>
        updateTaskProgress(t.prisma, demo.user("thuky.ktkt"), updateTaskProgressSchema.parse(f)),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
  });

  it("refuses updates, the leader's too, once the year is published", async () => {
    const pending = [await form(6), await form(12)];
    await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "PUBLISHED" } });
    try {
      await expect(
        updateTaskProgress(t.prisma, demo.user("lanhdao.tnmt"), updateTaskProgressSchema.parse(pending[0])),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        updateTaskProgress(t.prisma, demo.user("thuky.ktkt"), updateTaskProgressSchema.parse(pending[1])),
      ).rejects.toBeInstanceOf(PublishedYearError);
    } finally {
      await t.prisma.blocYear.update({ where: { id: w.ktkt2024 }, data: { status: "ACTIVE" } });
    }
  });

  it("survives fuzzed status forms: a clean refusal or a consistent task", async () => {
    const task = await w.task(13);
    await fuzzAction({
      schema: updateTaskProgressSchema,
      inputs: fc.record({
        taskId: fc.constantFrom(task.id, "missing"),
        version: fc.constantFrom("1", "2", "3", "0", "x"),
        status: fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "DONE", "PARTIAL", "NOT_DONE", "?"),
        completedOn: fc.constantFrom("", "2024-05-01", "31/12/2023", "32/01/2024"),
        completionPercent: fc.constantFrom("", "0", "50", "99,99", "100", "101", "-1", "abc"),
        evidenceNote: nastyString,
        evidenceUrl: fc.oneof(nastyString, fc.constantFrom("https://a.vn", "http://", "data:text/html,x")),
      }),
      run: (input) => updateTaskProgress(t.prisma, demo.user("thuky.ktkt"), input),
      invariant: async () => {
        const after = await w.task(13);
        if (after.status === "DONE") expect(after.completionShare).toBe(10_000);
        if (after.status === "PARTIAL") expect(after.completedOn).not.toBeNull();
        const audits = await t.prisma.auditEvent.count({ where: { entityId: task.id } });
        expect(after.version === task.version ? audits === 0 : audits > 0).toBe(true);
      },
      numRuns: 50,
    });
  });
});
