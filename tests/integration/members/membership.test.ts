import { fromIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMemberSchema, updateMembershipSchema } from "@/schemas/members/membership";
import { ConflictError, ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { addMember } from "@/server/mutations/members/add-member";
import { updateMembership } from "@/server/mutations/members/update-membership";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("members of a bloc-year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const membership = async (code: string) =>
    t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: ids.y2024.id, unit: { code } },
      select: { id: true, version: true, joinedOn: true, leftOn: true },
    });
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    // Members, roles and the pledge are edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [ids.y2023.id, ids.y2024.id], "ACTIVE");
  });
  afterAll(() => t.close());

  it("lets the secretariat mark a unit as having left, auditing old → new", async () => {
    const before = await membership("BQLKCN");
    const result = await updateMembership(t.prisma, secretariat(), {
      membershipId: before.id,
      version: before.version,
      joinedOn: before.joinedOn,
      leftOn: fromIsoDay("2024-06-30"),
    });
    expect(result.version).toBe(before.version + 1);
    expect((await membership("BQLKCN")).leftOn).toEqual(fromIsoDay("2024-06-30"));
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Membership", entityId: before.id, field: "leftOn" },
    });
    expect(audit).toMatchObject({ actorId: secretariat().id, oldValue: null, newValue: "2024-06-30" });
    expect(
      await t.prisma.auditEvent.count({
        where: { entity: "Membership", entityId: before.id, field: "joinedOn" },
      }),
    ).toBe(0);
  });

  it.each(FORBIDDEN_USERS)("refuses %s and changes nothing", async (username) => {
    const before = await membership("XD");
    await expect(
      updateMembership(t.prisma, demo.user(username), {
        membershipId: before.id,
        version: before.version,
        joinedOn: before.joinedOn,
        leftOn: fromIsoDay("2024-05-01"),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addMember(t.prisma, demo.user(username), {
        mode: "new",
        blocYearId: ids.y2024.id,
        joinedOn: fromIsoDay("2024-02-01"),
        name: "Sở Thử",
        shortName: "ST",
        code: "THU",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await membership("XD")).toEqual(before);
    expect(await t.prisma.unit.count({ where: { code: "THU" } })).toBe(0);
  });

  it.each([
    [
      { joinedOn: "2024-03-01", leftOn: "2024-02-01" },
      "leftOn",
      "Ngày rời khối không được trước ngày tham gia.",
    ],
    [{ joinedOn: "", leftOn: "" }, "joinedOn", "Vui lòng nhập ngày tham gia."],
    [{ joinedOn: "2024-13-45", leftOn: "" }, "joinedOn", "Ngày tham gia không hợp lệ."],
  ])("rejects bad dates %j in the schema", (dates, field, message) => {
    const parsed = updateMembershipSchema.safeParse({ membershipId: "x", version: "1", ...dates });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });

  it("refuses dates outside the year with a Vietnamese message", async () => {
    const before = await membership("XD");
    await expect(
      updateMembership(t.prisma, secretariat(), {
        membershipId: before.id,
        version: before.version,
        joinedOn: before.joinedOn,
        leftOn: fromIsoDay("2025-01-15"),
      }),
    ).rejects.toThrow("Ngày rời khối phải nằm trong năm 2024.");
  });

  it("of two simultaneous edits with one version, exactly one wins; the loser is told the current value", async () => {
    const before = await membership("XD");
    const outcomes = await Promise.allSettled(
      ["2024-04-01", "2024-05-01"].map((left) =>
        updateMembership(t.prisma, secretariat(), {
          membershipId: before.id,
          version: before.version,
          joinedOn: before.joinedOn,
          leftOn: fromIsoDay(left),
        }),
      ),
    );
    expectOneWinner(outcomes, ConflictError);
    expect((await membership("XD")).version).toBe(before.version + 1);
    await expect(
      updateMembership(t.prisma, secretariat(), {
        membershipId: before.id,
        version: before.version,
        joinedOn: before.joinedOn,
        leftOn: null,
      }),
    ).rejects.toThrow(/rời khối 01\/0[45]\/2024/);
  });

  it("adds an existing unit of the province, and a new unit with its first name", async () => {
    const yt = await ids.unit("YT");
    await addMember(t.prisma, secretariat(), {
      mode: "existing",
      blocYearId: ids.y2024.id,
      unitId: yt,
      joinedOn: fromIsoDay("2024-03-01"),
    });
    const created = await addMember(t.prisma, secretariat(), {
      mode: "new",
      blocYearId: ids.y2024.id,
      joinedOn: fromIsoDay("2024-04-01"),
      name: "Sở Ngoại vụ",
      shortName: "NgV",
      code: "ngv",
    });
    const unit = await t.prisma.unit.findUniqueOrThrow({
      where: { id: created.unitId },
      select: { code: true, names: { select: { name: true, validFrom: true } } },
    });
    expect(unit).toEqual({
      code: "NGV",
      names: [{ name: "Sở Ngoại vụ", validFrom: fromIsoDay("2024-04-01") }],
    });
    expect(await t.prisma.membership.count({ where: { blocYearId: ids.y2024.id } })).toBe(10);
    expect(
      await t.prisma.auditEvent.count({
        where: { entity: "Membership", action: "create", blocYearId: ids.y2024.id },
      }),
    ).toBe(2);
  });

  it("refuses a unit already a member, a duplicate code and a unit of another province", async () => {
    const yt = await ids.unit("YT");
    await expect(
      addMember(t.prisma, secretariat(), {
        mode: "existing",
        blocYearId: ids.y2024.id,
        unitId: yt,
        joinedOn: fromIsoDay("2024-03-01"),
      }),
    ).rejects.toThrow("Đơn vị này đã là thành viên của khối trong năm.");
    await expect(
      addMember(t.prisma, secretariat(), {
        mode: "new",
        blocYearId: ids.y2024.id,
        joinedOn: fromIsoDay("2024-03-01"),
        name: "Trùng",
        shortName: "T",
        code: "NGV",
      }),
    ).rejects.toThrow("Mã đơn vị NGV đã có trong tỉnh.");
    const laoCai = await t.prisma.province.findFirstOrThrow({ where: { code: "LC" }, select: { id: true } });
    const foreign = await t.prisma.unit.create({
      data: { provinceId: laoCai.id, code: "LCX" },
      select: { id: true },
    });
    await expect(
      addMember(t.prisma, secretariat(), {
        mode: "existing",
        blocYearId: ids.y2024.id,
        unitId: foreign.id,
        joinedOn: fromIsoDay("2024-03-01"),
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
    expect(
      addMemberSchema.safeParse({
        mode: "new",
        blocYearId: "x",
        joinedOn: "2024-01-01",
        name: "A",
        shortName: "A",
        code: "có dấu",
      }).success,
    ).toBe(false);
  });

  it("refuses every change once the year is published", async () => {
    const before = await membership("CT");
    await whilePublished(t.prisma, ids.y2024.id, async () => {
      await expect(
        updateMembership(t.prisma, secretariat(), {
          membershipId: before.id,
          version: before.version,
          joinedOn: before.joinedOn,
          leftOn: fromIsoDay("2024-08-01"),
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        addMember(t.prisma, secretariat(), {
          mode: "new",
          blocYearId: ids.y2024.id,
          joinedOn: fromIsoDay("2024-02-01"),
          name: "Sở Mới",
          shortName: "SM",
          code: "SMOI",
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
    expect(await membership("CT")).toEqual(before);
  });
});
