import { fromIsoDay } from "@/domain/calendar";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEligibilityFlagSchema, resolveEligibilityFlagSchema } from "@/schemas/awards/eligibility-flag";
import { ConflictError, PublishedYearError, UserFacingError } from "@/server/errors";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { resolveEligibilityFlag } from "@/server/mutations/awards/resolve-eligibility-flag";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import {
  expectForbiddenAndUnchanged,
  FORBIDDEN_USERS,
  ktktYear,
  outsiderUnitId,
  whilePublished,
} from "./awards-world";

describe.each(testBackends())("eligibility flags (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year: Awaited<ReturnType<typeof ktktYear>>;
  const flags = () =>
    t.prisma.eligibilityFlag.findMany({ where: { blocYearId: year.id }, orderBy: { id: "asc" } });
  const secretariat = () => demo.user("thuky.ktkt");
  const addInput = (unitId: string) => ({
    blocYearId: year.id,
    unitId,
    kind: "INSPECTION" as const,
    since: fromIsoDay("2024-05-02"),
    note: "Đoàn thanh tra tỉnh",
  });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year = await ktktYear(t.prisma, demo, 2024);
  });
  afterAll(() => t.close());

  it("adds a flag and resolves it, auditing each field", async () => {
    const { id } = await addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[0]!));
    await resolveEligibilityFlag(t.prisma, secretariat(), {
      flagId: id,
      resolvedOn: fromIsoDay("2024-09-30"),
    });
    const events = await t.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { at: "asc" },
      select: { field: true, oldValue: true, newValue: true, subject: true },
    });
    // Each line names the unit in words, as it was called that year (issue #10, item 4).
    const { name: subject } = await t.prisma.unitName.findFirstOrThrow({
      where: { unitId: year.unitIds[0]!, validFrom: { lte: fromIsoDay("2024-12-31") } },
      orderBy: { validFrom: "desc" },
    });
    expect(events).toEqual([
      { field: "unitId", oldValue: null, newValue: year.unitIds[0], subject },
      { field: "kind", oldValue: null, newValue: "INSPECTION", subject },
      { field: "since", oldValue: null, newValue: "2024-05-02", subject },
      { field: "note", oldValue: null, newValue: "Đoàn thanh tra tỉnh", subject },
      { field: "resolvedOn", oldValue: null, newValue: "2024-09-30", subject },
    ]);
  });

  it.each(FORBIDDEN_USERS)("refuses %s both writes and changes nothing", async (username) => {
    const open = await addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[1]!));
    await expectForbiddenAndUnchanged({
      attempt: () => addEligibilityFlag(t.prisma, demo.user(username), addInput(year.unitIds[1]!)),
      snapshot: flags,
    });
    await expectForbiddenAndUnchanged({
      attempt: () =>
        resolveEligibilityFlag(t.prisma, demo.user(username), {
          flagId: open.id,
          resolvedOn: fromIsoDay("2024-06-01"),
        }),
      snapshot: flags,
    });
  });

  it("rejects bad input: unknown kind, impossible date, control characters in the note", () => {
    const base = { blocYearId: year.id, unitId: year.unitIds[0], kind: "INSPECTION", since: "2024-05-02" };
    expect(addEligibilityFlagSchema.safeParse({ ...base, kind: "THEFT" }).success).toBe(false);
    expect(addEligibilityFlagSchema.safeParse({ ...base, since: "2024-02-30" }).success).toBe(false);
    expect(addEligibilityFlagSchema.safeParse({ ...base, note: "a\u0000b" }).success).toBe(false);
    expect(addEligibilityFlagSchema.safeParse({ ...base, note: "" }).data?.note).toBeUndefined();
  });

  it("refuses a unit of another bloc and a resolution dated before the flag", async () => {
    await expect(
      addEligibilityFlag(t.prisma, secretariat(), addInput(await outsiderUnitId(t.prisma, demo))),
    ).rejects.toBeInstanceOf(UserFacingError);
    const { id } = await addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[2]!));
    await expect(
      resolveEligibilityFlag(t.prisma, secretariat(), { flagId: id, resolvedOn: fromIsoDay("2024-01-01") }),
    ).rejects.toThrow("không được trước ngày phát sinh");
  });

  it("of two resolutions at once exactly one wins", async () => {
    const { id } = await addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[3]!));
    const outcomes = await Promise.allSettled(
      ["2024-07-01", "2024-08-01"].map((date) =>
        resolveEligibilityFlag(t.prisma, secretariat(), { flagId: id, resolvedOn: fromIsoDay(date) }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
  });

  it("refuses both writes in a published year", async () => {
    const { id } = await addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[4]!));
    await whilePublished(t.prisma, year.id, async () => {
      await expect(
        addEligibilityFlag(t.prisma, secretariat(), addInput(year.unitIds[4]!)),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        resolveEligibilityFlag(t.prisma, secretariat(), { flagId: id, resolvedOn: fromIsoDay("2024-06-01") }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
  });

  it("survives fuzzed input to both actions: every flag written comes with its audit", async () => {
    const invariant = async () => {
      for (const flag of await flags()) {
        expect(await t.prisma.auditEvent.count({ where: { entityId: flag.id, field: "kind" } })).toBe(1);
        if (flag.resolvedOn) expect(flag.resolvedOn.getTime()).toBeGreaterThanOrEqual(flag.since.getTime());
      }
    };
    await fuzzAction({
      schema: addEligibilityFlagSchema,
      inputs: fc.record({
        blocYearId: fc.oneof(fc.constant(year.id), nastyString),
        unitId: fc.oneof(fc.constantFrom(...year.unitIds), nastyString),
        kind: fc.oneof(fc.constantFrom("INSPECTION", "INVESTIGATION"), nastyString),
        since: fc.oneof(fc.constantFrom("2024-03-01", "2024-13-01", ""), nastyString),
        note: nastyString,
      }),
      run: (input) => addEligibilityFlag(t.prisma, secretariat(), input),
      invariant,
    });
    const ids = (await flags()).map((flag) => flag.id);
    await fuzzAction({
      schema: resolveEligibilityFlagSchema,
      inputs: fc.record({
        flagId: fc.oneof(fc.constantFrom(...ids), nastyString),
        resolvedOn: fc.oneof(fc.constantFrom("2024-01-15", "2024-12-31", "1899-01-01"), nastyString),
      }),
      run: (input) => resolveEligibilityFlag(t.prisma, secretariat(), input),
      invariant,
    });
  });
});
