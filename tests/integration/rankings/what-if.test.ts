import { toIsoDay } from "@/domain/calendar";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ownUnitIds } from "@/server/authz";
import { whatIfSchema } from "@/schemas/rankings/what-if";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { computeRanking } from "@/server/queries/compute-ranking";
import { runWhatIf } from "@/server/queries/rankings/run-what-if";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

/** Thrown to roll a transaction back after reading what it would have produced. */
class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super("rollback");
  }
}

describe.each(testBackends())("what-if on a unit's tasks (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let blocYearId: string;
  let tnmtId: string;
  const tasksState = () =>
    t.prisma.task.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        completedOn: true,
        completionShare: true,
        version: true,
        updatedAt: true,
      },
    });
  const anyTask = (unitId: string) =>
    t.prisma.task.findFirstOrThrow({ where: { blocYearId, ownerUnitId: unitId }, select: { id: true } });
  const openTask = (unitId: string) =>
    t.prisma.task.findFirstOrThrow({
      where: { blocYearId, ownerUnitId: unitId, status: { in: ["NOT_DONE", "IN_PROGRESS", "NOT_STARTED"] } },
      orderBy: { number: "asc" },
      select: { id: true, deadline: true },
    });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    blocYearId = (
      await t.prisma.blocYear.findFirstOrThrow({
        where: { blocId: demo.ktkt.id, year: 2024 },
        select: { id: true },
      })
    ).id;
    tnmtId = ownUnitIds(demo.user("lanhdao.tnmt"))[0] ?? "";
  });
  beforeEach(() =>
    t.prisma.blocYear.update({
      where: { id: blocYearId },
      data: { status: "ACTIVE", membersSeeProvisional: false },
    }),
  );
  afterAll(() => t.close());

  it("gives the new rank and points exactly as if the task had been saved, and saves nothing", async () => {
    const task = await openTask(tnmtId);
    const completedOn = toIsoDay(task.deadline);
    const before = await tasksState();
    const audits = await t.prisma.auditEvent.count();
    const outcome = await runWhatIf(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId,
      unitId: tnmtId,
      changes: [{ taskId: task.id, status: "DONE", completedOn }],
    });
    expect(await tasksState()).toEqual(before);
    expect(await t.prisma.auditEvent.count()).toBe(audits);

    const saved = await t.prisma
      .$transaction(async (tx) => {
        await tx.task.update({
          where: { id: task.id },
          data: { status: "DONE", completedOn: task.deadline },
        });
        throw new Rollback(await computeRanking(tx, { blocYearId }));
      })
      .catch((error: unknown) => (error as Rollback<Awaited<ReturnType<typeof computeRanking>>>).value);
    const current = await computeRanking(t.prisma, { blocYearId });
    const after = saved.result.units.find((unit) => unit.unitId === tnmtId);
    const now = current.result.units.find((unit) => unit.unitId === tnmtId);
    expect(outcome.unit).toMatchObject({
      ranks: { before: now?.rank, after: after?.rank },
      totalBefore: now?.total,
      totalAfter: after?.total,
    });
    expect(outcome.unit.pointsDelta).toBeGreaterThan(0);
    const expectedMoves = saved.result.units.filter((unit) => {
      const old = current.result.units.find((candidate) => candidate.unitId === unit.unitId);
      return old?.rank !== unit.rank || old?.total !== unit.total;
    });
    expect(outcome.changed.map((delta) => [delta.unitId, delta.rankAfter, delta.totalAfter])).toEqual(
      expectedMoves.map((unit) => [unit.unitId, unit.rank, unit.total]),
    );
  });

  it("lets a leader try their own unit's tasks: only its totals and direction while scores are not shared", async () => {
    const task = await openTask(tnmtId);
    const outcome = await runWhatIf(t.prisma, demo.user("lanhdao.tnmt"), {
      blocYearId,
      unitId: tnmtId,
      changes: [{ taskId: task.id, status: "PARTIAL", completionPercent: 100 }],
    });
    expect(outcome.seesAllUnits).toBe(false);
    expect(outcome.changed).toEqual([]);
    expect(outcome.unit.pointsDelta).toBeGreaterThan(0);
    // Its own totals and the direction only: ranks before and after would say where others stand.
    expect(outcome.unit.ranks).toBeNull();
    expect(outcome.unit.movement).toMatch(/^(up|down|same)$/);
    expect(JSON.stringify(outcome)).not.toMatch(/"rank(Before|After)?"|"placesGained"|"before"|"after"/);
  });

  it("refuses a leader another unit's what-if while scores are not shared", async () => {
    const other = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId, unitId: { not: tnmtId }, unit: { tasks: { some: { blocYearId } } } },
      select: { unitId: true },
    });
    const task = await anyTask(other.unitId);
    await expect(
      runWhatIf(t.prisma, demo.user("lanhdao.tnmt"), {
        blocYearId,
        unitId: other.unitId,
        changes: [{ taskId: task.id, status: "NOT_DONE" }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a task that is not the unit's own, and a bloc that is not the user's", async () => {
    const other = await t.prisma.membership.findFirstOrThrow({
      where: { blocYearId, unitId: { not: tnmtId }, unit: { tasks: { some: { blocYearId } } } },
      select: { unitId: true },
    });
    const foreign = await anyTask(other.unitId);
    await expect(
      runWhatIf(t.prisma, demo.user("lanhdao.tnmt"), {
        blocYearId,
        unitId: tnmtId,
        changes: [{ taskId: foreign.id, status: "NOT_DONE" }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const own = await openTask(tnmtId);
    await expect(
      runWhatIf(t.prisma, demo.user("thuky.vhxh"), {
        blocYearId,
        unitId: tnmtId,
        changes: [{ taskId: own.id, status: "NOT_DONE" }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a published year: its result is final", async () => {
    const task = await openTask(tnmtId);
    await t.prisma.blocYear.update({ where: { id: blocYearId }, data: { status: "PUBLISHED" } });
    await expect(
      runWhatIf(t.prisma, demo.user("thuky.ktkt"), {
        blocYearId,
        unitId: tnmtId,
        changes: [{ taskId: task.id, status: "NOT_DONE" }],
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });

  it.each([
    [{ changes: [] }, "changes"],
    [{ changes: [{ taskId: "x", status: "DONE" }] }, "completedOn"],
    [{ changes: [{ taskId: "x", status: "DONE", completedOn: "2024-02-30" }] }, "completedOn"],
    [{ changes: [{ taskId: "x", status: "PARTIAL" }] }, "completionPercent"],
    [{ changes: [{ taskId: "x", status: "PARTIAL", completionPercent: 101 }] }, "completionPercent"],
    [{ changes: [{ taskId: "x", status: "FINISHED" }] }, "status"],
    [
      {
        changes: [
          { taskId: "x", status: "NOT_DONE" },
          { taskId: "x", status: "DONE", completedOn: "2024-05-01" },
        ],
      },
      "changes",
    ],
  ])("rejects bad input %j with a Vietnamese message", (changes, field) => {
    const parsed = whatIfSchema.safeParse({ blocYearId: "b", unitId: "u", ...changes });
    expect(parsed.success).toBe(false);
    expect(
      parsed.error?.issues.some(
        (issue) => issue.path.includes(field) || (field === "changes" && issue.path[0] === "changes"),
      ),
    ).toBe(true);
    expect(
      parsed.error?.issues.every((issue) =>
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(issue.message),
      ),
    ).toBe(true);
  });

  it("survives fuzzed input: only validation or user-facing failures, and nothing is ever saved", async () => {
    const own = await openTask(tnmtId);
    const before = await tasksState();
    const audits = await t.prisma.auditEvent.count();
    const users = ["thuky.ktkt", "lanhdao.tnmt", "thuky.vhxh", "xem.ktkt"];
    const change = fc.record({
      taskId: fc.oneof(fc.constant(own.id), nastyString),
      status: fc.oneof(
        fc.constantFrom("DONE", "PARTIAL", "NOT_DONE", "IN_PROGRESS", "NOT_STARTED"),
        nastyString,
      ),
      completedOn: fc.option(
        fc.oneof(fc.constantFrom("2024-06-30", "2025-01-01", "1900-01-01", "9999-12-31"), nastyString),
        { nil: undefined },
      ),
      completionPercent: fc.option(fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double()), {
        nil: undefined,
      }),
    });
    await fuzzAction({
      schema: whatIfSchema,
      inputs: fc
        .record({
          user: fc.constantFrom(...users),
          input: fc.record({
            blocYearId: fc.oneof(fc.constant(blocYearId), nastyString),
            unitId: fc.oneof(fc.constant(tnmtId), nastyString),
            changes: fc.array(change, { maxLength: 3 }),
          }),
        })
        .map(({ user, input }) => ({ ...input, user })),
      run: (data) => runWhatIf(t.prisma, demo.user((data as { user?: string }).user ?? "thuky.ktkt"), data),
      invariant: async () => {
        expect(await tasksState()).toEqual(before);
        expect(await t.prisma.auditEvent.count()).toBe(audits);
      },
      numRuns: 40,
    });
  });
});
