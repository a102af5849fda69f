import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveBallotTallySchema } from "@/schemas/awards/ballot-tally";
import { ConflictError, PublishedYearError, UserFacingError } from "@/server/errors";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import {
  auditCount,
  expectForbiddenAndUnchanged,
  FORBIDDEN_USERS,
  ktktYear,
  outsiderUnitId,
  whilePublished,
} from "./awards-world";

const FLAG = "CO_THI_DUA_UBND_TINH";
const MERIT = "BANG_KHEN_UBND_TINH";

describe.each(testBackends())("ballot tallies (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year: Awaited<ReturnType<typeof ktktYear>>;
  const tallies = () =>
    t.prisma.ballotTally.findMany({ where: { blocYearId: year.id }, orderBy: { id: "asc" } });
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year = await ktktYear(t.prisma, demo, 2024);
  });
  afterAll(() => t.close());

  it("lets the secretariat record then correct a tally, auditing each field old → new", async () => {
    const unitId = year.unitIds[0]!;
    const created = await saveBallotTally(t.prisma, secretariat(), {
      blocYearId: year.id,
      unitId,
      awardCode: FLAG,
      votesFor: 6,
      votersPresent: 8,
      version: 0,
    });
    expect(created).toMatchObject({ votesFor: 6, votersPresent: 8, version: 1 });
    const updated = await saveBallotTally(t.prisma, secretariat(), {
      blocYearId: year.id,
      unitId,
      awardCode: FLAG,
      votesFor: 7,
      votersPresent: 8,
      version: 1,
    });
    expect(updated.version).toBe(2);
    const events = await t.prisma.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { at: "asc" },
      select: { field: true, oldValue: true, newValue: true, actorId: true },
    });
    expect(events).toEqual([
      { field: "votesFor", oldValue: null, newValue: 6, actorId: secretariat().id },
      { field: "votersPresent", oldValue: null, newValue: 8, actorId: secretariat().id },
      { field: "votesFor", oldValue: 6, newValue: 7, actorId: secretariat().id },
    ]);
    // The log says which unit and which award the tally is about.
    const subjects = await t.prisma.auditEvent.findMany({
      where: { entityId: created.id },
      select: { subject: true },
    });
    expect(new Set(subjects.map((event) => event.subject))).toEqual(
      new Set(["Cờ thi đua của Ủy ban nhân dân tỉnh · Sở Khoa học và Công nghệ"]),
    );
  });

  it.each(FORBIDDEN_USERS)("refuses %s and changes nothing", async (username) => {
    const audits = await auditCount(t.prisma, "BallotTally");
    await expectForbiddenAndUnchanged({
      attempt: () =>
        saveBallotTally(t.prisma, demo.user(username), {
          blocYearId: year.id,
          unitId: year.unitIds[1]!,
          awardCode: FLAG,
          votesFor: 1,
          votersPresent: 2,
          version: 0,
        }),
      snapshot: tallies,
    });
    expect(await auditCount(t.prisma, "BallotTally")).toBe(audits);
  });

  it.each([
    [{ votesFor: 9, votersPresent: 8 }, "votesFor"],
    [{ votesFor: -1, votersPresent: 8 }, "votesFor"],
    [{ votesFor: "abc", votersPresent: 8 }, "votesFor"],
    [{ votesFor: 1.5, votersPresent: 8 }, "votesFor"],
  ])("rejects bad numbers %j in the schema", (numbers, field) => {
    const parsed = saveBallotTallySchema.safeParse({
      blocYearId: year.id,
      unitId: year.unitIds[1],
      awardCode: FLAG,
      version: "0",
      ...numbers,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it.each([
    ["more voters than members", { votersPresent: 9, votesFor: 1 }],
    ["an award the rules do not list", { awardCode: "KHONG_CO" }],
  ])("refuses %s with a clear message", async (_case, change) => {
    const input = {
      blocYearId: year.id,
      unitId: year.unitIds[1]!,
      awardCode: MERIT,
      votesFor: 1,
      votersPresent: 8,
      version: 0,
      ...change,
    };
    await expect(saveBallotTally(t.prisma, secretariat(), input)).rejects.toBeInstanceOf(UserFacingError);
  });

  it("refuses a unit that is not a member of the year", async () => {
    const input = {
      blocYearId: year.id,
      unitId: await outsiderUnitId(t.prisma, demo),
      awardCode: MERIT,
      votesFor: 1,
      votersPresent: 8,
      version: 0,
    };
    await expect(saveBallotTally(t.prisma, secretariat(), input)).rejects.toThrow("không phải thành viên");
  });

  it("of two saves from the same version, exactly one wins and the other sees both values", async () => {
    const unitId = year.unitIds[2]!;
    const base = { blocYearId: year.id, unitId, awardCode: MERIT, votersPresent: 8, version: 0 };
    const outcomes = await Promise.allSettled(
      [5, 6].map((votesFor) => saveBallotTally(t.prisma, secretariat(), { ...base, votesFor })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected?.status === "rejected" && String(rejected.reason.message)).toMatch(
      /hiện là [56]\/8 phiếu.*số bạn nhập \([56]\/8\)/,
    );
    expect(
      await t.prisma.ballotTally.count({ where: { blocYearId: year.id, unitId, awardCode: MERIT } }),
    ).toBe(1);
  });

  it("refuses a write to a published year", async () => {
    await whilePublished(t.prisma, year.id, async () => {
      const input = {
        blocYearId: year.id,
        unitId: year.unitIds[3]!,
        awardCode: MERIT,
        votesFor: 1,
        votersPresent: 8,
        version: 0,
      };
      await expect(saveBallotTally(t.prisma, secretariat(), input)).rejects.toBeInstanceOf(
        PublishedYearError,
      );
    });
  });

  it("survives fuzzed input: only validation or user-facing errors, tallies always valid", async () => {
    await fuzzAction({
      schema: saveBallotTallySchema,
      inputs: fc.record({
        blocYearId: fc.oneof(fc.constant(year.id), nastyString),
        unitId: fc.oneof(fc.constantFrom(...year.unitIds), nastyString),
        awardCode: fc.oneof(fc.constantFrom(FLAG, MERIT), nastyString),
        votesFor: fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), nastyString),
        votersPresent: fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), nastyString),
        version: fc.oneof(fc.integer({ min: 0, max: 3 }).map(String), nastyString),
      }),
      run: (input) => saveBallotTally(t.prisma, secretariat(), input),
      invariant: async () => {
        for (const tally of await tallies()) {
          expect(tally.votesFor).toBeLessThanOrEqual(tally.votersPresent);
          expect(tally.votersPresent).toBeLessThanOrEqual(8);
        }
        const ids = (await tallies()).map((tally) => tally.id);
        const orphans = await t.prisma.auditEvent.count({
          // This year's: the seed's 2023 tallies carry their own audit events.
          where: { entity: "BallotTally", blocYearId: year.id, entityId: { notIn: ids } },
        });
        expect(orphans).toBe(0);
      },
    });
  });
});
