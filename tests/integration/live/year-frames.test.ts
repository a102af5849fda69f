import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mayViewYear } from "@/server/authz";
import { yearFramesKeptIn } from "@/server/cache/year-frames";
import type { DatabaseListener } from "@/server/notify/channel";
import type { YearFrameLoader } from "@/server/queries/rankings/year-frame";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { listenedCache } from "../../support/listened-cache";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

// The rankings page's year frame is kept per instance until the database announces a change to
// the year, its members, its bloc or its province (migration …_notify_accounts for the last two).
describe.each(testBackends())("year frames kept until their year changes (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let listener: DatabaseListener;
  let frames: YearFrameLoader;
  const ktkt2024 = () => frames({ blocId: demo.ktkt.id, year: 2024 });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const listened = await listenedCache(t);
    listener = listened.listener;
    frames = yearFramesKeptIn(listened.cache, t.prisma);
  });
  afterAll(async () => {
    await listener.close();
    await t.close();
  });

  it("shows a renamed bloc and province, and a year's new stage, once the database announces them", async () => {
    const before = await ktkt2024();
    expect(before?.frame).toMatchObject({ year: 2024, status: "SCORING" });
    await t.prisma.bloc.update({ where: { id: demo.ktkt.id }, data: { name: "Khối kinh tế (tên mới)" } });
    await expect
      .poll(async () => (await ktkt2024())?.frame.blocName, { timeout: 5_000 })
      .toBe("Khối kinh tế (tên mới)");
    const provinceId = before!.access.provinceId;
    await t.prisma.province.update({ where: { id: provinceId }, data: { name: "Tỉnh mới" } });
    await expect
      .poll(async () => (await ktkt2024())?.frame.provinceName, { timeout: 5_000 })
      .toBe("Tỉnh mới");
    await t.prisma.blocYear.update({ where: { id: before!.id }, data: { status: "REVIEW" } });
    await expect.poll(async () => (await ktkt2024())?.frame.status, { timeout: 5_000 }).toBe("REVIEW");
  });

  it("stops letting a leader view the year once their unit's membership goes", async () => {
    const leader = demo.user("lanhdao.tnmt");
    const unitId = leader.grants[0]!.unitId!;
    const frame = await ktkt2024();
    expect(mayViewYear(leader, frame!.access)).toBe(true);
    await t.prisma.membership.delete({ where: { blocYearId_unitId: { blocYearId: frame!.id, unitId } } });
    await expect
      .poll(async () => mayViewYear(leader, (await ktkt2024())!.access), { timeout: 5_000 })
      .toBe(false);
  });

  it("finds a year created through the app after it was asked for, and lets its members' leaders view it", async () => {
    expect(await frames({ blocId: demo.ktkt.id, year: 2025 })).toBeNull();
    const from = await ktkt2024();
    await createNextYearThroughApp(t.prisma, demo.user("thuky.ktkt"), from!.id);
    const created = await frames({ blocId: demo.ktkt.id, year: 2025 });
    expect(created?.frame).toMatchObject({ year: 2025, status: "DRAFT" });
    const leader = demo.user("lanhdao.congthuong");
    expect(created?.access.memberUnitIds).toContain(leader.grants.find((grant) => grant.unitId)?.unitId);
    expect(mayViewYear(leader, created!.access)).toBe(true);
    expect(mayViewYear(demo.user("thuky.vhxh"), created!.access)).toBe(false);
  });
});
