import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { updateTaskSchema } from "@/schemas/tasks/update-task";
import { createTask } from "@/server/mutations/tasks/create-task";
import { updateTask } from "@/server/mutations/tasks/update-task";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { taskForm, taskWorld, type TaskWorld } from "./task-world";

describe.each(testBackends())("fuzzed task forms (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let w: TaskWorld;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    w = await taskWorld(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("survives fuzzed create forms: a clean refusal or a whole task with its audit", async () => {
    // The seed's tasks (both years) are loaded, not created through the form: they have no audit.
    const seededTasks = await t.prisma.task.count();
    const form = fc.record({
      blocYearId: fc.constantFrom(w.ktkt2024, w.vhxh2024, "nope", ""),
      title: nastyString,
      ownerUnitId: fc.constantFrom(w.tnmt, w.yte, "x"),
      sourceMode: fc.constantFrom("existing", "new", "none", "other"),
      sourceDocumentId: fc.constantFrom(w.sourceDocumentId, "zzz"),
      newSourceCode: nastyString,
      newSourceTitle: nastyString,
      newSourceIssuedOn: fc.constantFrom("01/01/2024", "2024-13-01", ""),
      weight: fc.constantFrom("1", "0", "-3", "1e3", "abc", "99999999999"),
      deadline: fc.constantFrom("2024-06-30", "30/06/2024", "2023-01-01", "x"),
      criterionId: fc.constantFrom(w.criterionId, "", "bad"),
    });
    await fuzzAction({
      schema: createTaskSchema,
      inputs: form,
      run: (input) => createTask(t.prisma, demo.user("thuky.ktkt"), input),
      invariant: async () => {
        const [tasks, audits] = await Promise.all([
          t.prisma.task.count(),
          t.prisma.auditEvent.count({ where: { entity: "Task", action: "create" } }),
        ]);
        expect(audits).toBe(tasks - seededTasks);
      },
      numRuns: 40,
    });
  });

  it("survives fuzzed edit forms", async () => {
    const task = await w.task(5);
    await fuzzAction({
      schema: updateTaskSchema,
      inputs: fc.record({
        ...Object.fromEntries(Object.entries(taskForm(w)).map(([k, v]) => [k, fc.constant(v)])),
        taskId: fc.constantFrom(task.id, "other"),
        version: fc.constantFrom("1", "0", "x", "2"),
        title: nastyString,
        weight: fc.constantFrom("1", "2", "0"),
      }),
      run: (input) => updateTask(t.prisma, demo.user("thuky.ktkt"), input),
      invariant: async () => {
        const after = await w.task(5);
        const updates = await t.prisma.auditEvent.count({ where: { entityId: task.id, action: "update" } });
        expect(after.version === task.version ? updates === 0 : updates > 0).toBe(true);
      },
      numRuns: 40,
    });
  });
});
