import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { setSecretariatFollowsHeadUnit } from "@/server/mutations/members/set-secretariat-follows-head-unit";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { getBlocYearOverview } from "@/server/queries/get-bloc-year-overview";
import { listVisibleBlocs } from "@/server/queries/list-visible-blocs";
import { demoWorld, type DemoWorld } from "../factories/demo";
import { createUserWithGrants } from "../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

describe.each(testBackends())("authorisation of bloc reads and writes (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const ktkt2024 = () =>
    t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2024 },
      select: { id: true, version: true, membersSeeProvisional: true },
    });
  const auditCount = () => t.prisma.auditEvent.count({ where: { entity: "BlocYear" } });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it.each([
    ["admin.yenbai", ["KTKT", "VHXH"]],
    ["thuky.ktkt", ["KTKT"]],
    ["xem.ktkt", ["KTKT"]],
    ["lanhdao.tnmt", ["KTKT"]],
    ["thuky.vhxh", ["VHXH"]],
    ["lanhdao.congthuong", ["KTKT", "VHXH"]],
  ])("%s sees exactly the blocs %j", async (username, codes) => {
    const blocs = await listVisibleBlocs(t.prisma, demo.user(username));
    expect(blocs.map((bloc) => bloc.code).sort()).toEqual(codes);
  });

  it("shows the 2024 overview to the bloc's secretariat: 8 members, TN&MT at the head", async () => {
    const overview = await getBlocYearOverview(t.prisma, {
      user: demo.user("thuky.ktkt"),
      blocId: demo.ktkt.id,
      year: 2024,
    });
    expect(overview?.members).toHaveLength(8);
    expect(overview?.members[0]).toMatchObject({
      name: "Sở Tài nguyên và Môi trường",
      role: { role: "HEAD" },
    });
    expect(overview?.canManage).toBe(true);
    expect(Object.values(overview?.taskCounts ?? {}).reduce((a, b) => a + b, 0)).toBe(43);
  });

  it.each(["xem.ktkt", "lanhdao.tnmt"])("lets %s read the overview but not manage it", async (username) => {
    const overview = await getBlocYearOverview(t.prisma, {
      user: demo.user(username),
      blocId: demo.ktkt.id,
      year: 2024,
    });
    expect(overview?.canManage).toBe(false);
  });

  it("hides the bloc from a secretariat of another bloc", async () => {
    const overview = await getBlocYearOverview(t.prisma, {
      user: demo.user("thuky.vhxh"),
      blocId: demo.ktkt.id,
      year: 2024,
    });
    expect(overview).toBeNull();
  });

  it.each(["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"])(
    "refuses the settings action to %s and changes nothing",
    async (username) => {
      const before = await ktkt2024();
      const audits = await auditCount();
      await expect(
        setProvisionalVisibility(t.prisma, demo.user(username), {
          blocYearId: before.id,
          version: before.version,
          visible: !before.membersSeeProvisional,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ktkt2024()).toEqual(before);
      expect(await auditCount()).toBe(audits);
    },
  );

  it("lets the secretariat change the setting and audits old → new", async () => {
    const before = await ktkt2024();
    const result = await setProvisionalVisibility(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: before.id,
      version: before.version,
      visible: !before.membersSeeProvisional,
    });
    expect(result).toEqual({ version: before.version + 1, visible: !before.membersSeeProvisional });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: before.id, field: "membersSeeProvisional" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: demo.user("thuky.ktkt").id,
      oldValue: before.membersSeeProvisional,
      newValue: !before.membersSeeProvisional,
    });
  });

  it("lets the head unit's staff manage the year only while the bloc's secretariat follows the head unit", async () => {
    const tnmt = demo.user("lanhdao.tnmt").grants[0]!.unitId;
    const staff = await createUserWithGrants(t.prisma, {
      username: "canbo.tnmt",
      provinceId: demo.user("admin.yenbai").provinceId,
      grants: [{ kind: "AGENCY_SECRETARIAT_STAFF", unitId: tnmt }],
    });
    const follow = async (follows: boolean) => {
      const { version } = await t.prisma.bloc.findUniqueOrThrow({ where: { id: demo.ktkt.id } });
      const blocYearId = (await ktkt2024()).id;
      await setSecretariatFollowsHeadUnit(t.prisma, demo.user("thuky.ktkt"), {
        blocYearId,
        version,
        follows,
      });
    };
    const flip = async () => {
      const year = await ktkt2024();
      return setProvisionalVisibility(t.prisma, staff, {
        blocYearId: year.id,
        version: year.version,
        visible: !year.membersSeeProvisional,
      });
    };
    await expect(flip()).rejects.toBeInstanceOf(ForbiddenError);
    await follow(true);
    await expect(flip()).resolves.toMatchObject({});
    expect((await listVisibleBlocs(t.prisma, staff)).map((bloc) => bloc.code)).toEqual(["KTKT"]);
    await expect(
      setSecretariatFollowsHeadUnit(t.prisma, staff, {
        blocYearId: (await ktkt2024()).id,
        version: (await t.prisma.bloc.findUniqueOrThrow({ where: { id: demo.ktkt.id } })).version,
        follows: false,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await follow(false);
    await expect(flip()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a stale version, and of two simultaneous edits exactly one wins", async () => {
    const before = await ktkt2024();
    const user = demo.user("thuky.ktkt");
    await expect(
      setProvisionalVisibility(t.prisma, user, {
        blocYearId: before.id,
        version: before.version - 1,
        visible: true,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const outcomes = await Promise.allSettled(
      [true, false].map((visible) =>
        setProvisionalVisibility(t.prisma, user, { blocYearId: before.id, version: before.version, visible }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect((await ktkt2024()).version).toBe(before.version + 1);
  });

  it("refuses every change once the year is published", async () => {
    const before = await ktkt2024();
    await t.prisma.blocYear.update({ where: { id: before.id }, data: { status: "PUBLISHED" } });
    await expect(
      setProvisionalVisibility(t.prisma, demo.user("thuky.ktkt"), {
        blocYearId: before.id,
        version: before.version,
        visible: true,
      }),
    ).rejects.toBeInstanceOf(PublishedYearError);
    await t.prisma.blocYear.update({ where: { id: before.id }, data: { status: "ACTIVE" } });
  });
});
