import { fromIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordElectionSchema } from "@/schemas/members/roles";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { applyRotation } from "@/server/mutations/members/apply-rotation";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { recordElection } from "@/server/mutations/members/record-election";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("elections and rotation (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const roles = (blocYearId: string) =>
    t.prisma.roleAssignment.findMany({
      where: { blocYearId },
      select: { id: true, version: true, role: true, unit: { select: { code: true } }, electedOn: true },
    });
  const stamp = async (blocYearId: string) => rolesStamp(await roles(blocYearId));
  const byRole = async (blocYearId: string) =>
    Object.fromEntries((await roles(blocYearId)).map((r) => [r.unit.code, r.role]));
  const secretariat = () => demo.user("thuky.ktkt");
  const election = async (overrides: Partial<Parameters<typeof recordElection>[2]> = {}) => ({
    blocYearId: ids.y2023.id,
    rolesStamp: await stamp(ids.y2023.id),
    headUnitId: await ids.unit("KHCN"),
    standingDeputyUnitId: await ids.unit("TNMT"),
    deputyUnitIds: [await ids.unit("GTVT")],
    electedOn: fromIsoDay("2023-01-10"),
    decisionRef: "Biên bản ngày 10/01/2023",
    ...overrides,
  });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    // Members, roles and the pledge are edited while a year is prepared or carried out.
    await putYearsInStage(t.prisma, [ids.y2023.id, ids.y2024.id], "ACTIVE");
  });
  afterAll(() => t.close());

  it("records an election, auditing each change old → new", async () => {
    await recordElection(t.prisma, secretariat(), await election());
    expect(await byRole(ids.y2023.id)).toEqual({ KHCN: "HEAD", TNMT: "STANDING_DEPUTY", GTVT: "DEPUTY" });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "RoleAssignment", field: "role", blocYearId: ids.y2023.id },
    });
    expect(audit).toMatchObject({
      actorId: secretariat().id,
      oldValue: "DEPUTY",
      newValue: "STANDING_DEPUTY",
    });
  });

  it.each(FORBIDDEN_USERS)("refuses %s an election and changes nothing", async (username) => {
    const before = await roles(ids.y2023.id);
    await expect(
      recordElection(t.prisma, demo.user(username), await election({ headUnitId: await ids.unit("XD") })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roles(ids.y2023.id)).toEqual(before);
  });

  it("rejects two roles for one unit, no head, and a non-member", async () => {
    const khcn = await ids.unit("KHCN");
    const twice = recordElectionSchema.safeParse({
      blocYearId: "y",
      headUnitId: khcn,
      standingDeputyUnitId: khcn,
      deputyUnitIds: [],
      electedOn: "2023-01-10",
    });
    expect(twice.error?.issues[0]?.message).toBe("Mỗi đơn vị chỉ giữ một vai trò.");
    const noHead = recordElectionSchema.safeParse({
      blocYearId: "y",
      headUnitId: "",
      deputyUnitIds: [],
      electedOn: "2023-01-10",
    });
    expect(noHead.error?.issues[0]?.message).toBe("Vui lòng chọn Trưởng khối.");
    await expect(
      recordElection(t.prisma, secretariat(), await election({ headUnitId: await ids.unit("YT") })),
    ).rejects.toThrow("không phải thành viên");
    await expect(
      recordElection(t.prisma, secretariat(), await election({ electedOn: fromIsoDay("2021-05-01") })),
    ).rejects.toThrow("Ngày bầu phải trong năm 2022 hoặc 2023.");
  });

  it("of two elections from the same page, exactly one wins", async () => {
    const [a, b] = [
      await election({ headUnitId: await ids.unit("XD") }),
      await election({ headUnitId: await ids.unit("CT") }),
    ];
    expectOneWinner(
      await Promise.allSettled([
        recordElection(t.prisma, secretariat(), a),
        recordElection(t.prisma, secretariat(), b),
      ]),
      ConflictError,
    );
    expect((await roles(ids.y2023.id)).filter((r) => r.role === "HEAD")).toHaveLength(1);
  });

  it("applies the rotation suggestion to the next year, passing over a unit that merged away", async () => {
    // 2024: TN&MT head, GTVT standing deputy, Công Thương deputy (seed). In 2025 TN&MT and GTVT merge
    // away on 01/03, so they are no members at the year's end and take no role: CT becomes head.
    await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const next = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2025 },
      select: { id: true },
    });
    await applyRotation(t.prisma, secretariat(), {
      fromBlocYearId: ids.y2024.id,
      rolesStamp: await stamp(next.id),
      electedOn: fromIsoDay("2025-01-15"),
      decisionRef: null,
    });
    expect(await byRole(next.id)).toEqual({ CT: "HEAD" });
    expect(
      await t.prisma.auditEvent.count({
        where: { entity: "RoleAssignment", blocYearId: next.id, action: "create" },
      }),
    ).toBe(1);
    const stale = applyRotation(t.prisma, secretariat(), {
      fromBlocYearId: ids.y2024.id,
      rolesStamp: "",
      electedOn: fromIsoDay("2025-01-15"),
      decisionRef: null,
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    // The conflict says whom the other person elected, not only which seats are filled.
    await expect(stale).rejects.toThrow("(hiện: Sở Công Thương là Trưởng khối)");
    for (const username of FORBIDDEN_USERS) {
      await expect(
        applyRotation(t.prisma, demo.user(username), {
          fromBlocYearId: ids.y2024.id,
          rolesStamp: await stamp(next.id),
          electedOn: fromIsoDay("2025-01-15"),
          decisionRef: null,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("refuses to apply without a next year, and refuses elections in a published year", async () => {
    const vhxh = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.vhxh.id, year: 2024 },
      select: { id: true },
    });
    await expect(
      applyRotation(t.prisma, demo.user("thuky.vhxh"), {
        fromBlocYearId: vhxh.id,
        rolesStamp: "",
        electedOn: fromIsoDay("2025-01-15"),
        decisionRef: null,
      }),
    ).rejects.toThrow("Chưa có năm 2025");
    const before = await roles(ids.y2023.id);
    await whilePublished(t.prisma, ids.y2023.id, async () => {
      await expect(
        recordElection(t.prisma, secretariat(), await election({ headUnitId: await ids.unit("XD") })),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
    expect(await roles(ids.y2023.id)).toEqual(before);
  });
});
