import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromIsoDay, toIsoDay } from "@/domain/calendar";
import { UserFacingError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { undoSuccession } from "@/server/mutations/members/undo-succession";
import { listBlocSuccessions } from "@/server/queries/members/list-bloc-successions";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("recorded mergers: shown, named when re-recorded, undone (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  let y2025: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const succession = async (predecessor: string, successor: string) =>
    t.prisma.unitSuccession.findUniqueOrThrow({
      where: {
        predecessorId_successorId: {
          predecessorId: await ids.unit(predecessor),
          successorId: await ids.unit(successor),
        },
      },
      select: { id: true },
    });
  const members2025 = async () => {
    const rows = await t.prisma.membership.findMany({
      where: { blocYearId: y2025 },
      select: { joinedOn: true, leftOn: true, unit: { select: { code: true } } },
    });
    return Object.fromEntries(
      rows.map((r) => [r.unit.code, [toIsoDay(r.joinedOn), r.leftOn && toIsoDay(r.leftOn)]]),
    );
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    y2025 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
  });
  afterAll(() => t.close());

  it("lists each recorded merger with its date, decision and the years it set", async () => {
    const rows = await listBlocSuccessions(t.prisma, demo.ktkt.id);
    expect(rows.map((r) => [r.predecessorName, r.successorName, r.effectiveOn, r.years]).sort()).toEqual(
      [
        ["Sở Giao thông vận tải", "Sở Xây dựng", "2025-03-01", [2025]],
        ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "2025-03-01", [2025]],
        ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "2025-03-01", [2025]],
      ].sort(),
    );
    expect(rows.every((r) => r.undoBlocker === null && r.decisionRef !== null)).toBe(true);
  });

  it("refuses to record a merger again, naming the record there (units, date, decision) and where it is", async () => {
    const again = mergeUnits(t.prisma, secretariat(), {
      successorMode: "existing",
      successorUnitId: await ids.unit("XD"),
      blocYearId: y2025,
      predecessorIds: [await ids.unit("GTVT")],
      effectiveOn: fromIsoDay("2025-04-01"),
      decisionRef: null,
      endMemberships: false,
      addSuccessor: false,
    });
    await expect(again).rejects.toThrow(
      /^Đã ghi nhận Sở Giao thông vận tải hợp nhất vào Sở Xây dựng từ ngày 01\/03\/2025 theo Nghị quyết .*“Hợp nhất đã ghi nhận” của trang Thành viên/,
    );
  });

  it.each(FORBIDDEN_USERS)("refuses %s an undo and changes nothing", async (username) => {
    const { id } = await succession("GTVT", "XD");
    await expect(
      undoSuccession(t.prisma, demo.user(username), {
        blocYearId: y2025,
        successionId: id,
        reason: "Ghi nhầm đơn vị",
      }),
    ).rejects.toThrow();
    expect(await t.prisma.unitSuccession.count({ where: { id } })).toBe(1);
  });

  it("refuses the undo while a published year rests on the merger", async () => {
    const { id } = await succession("GTVT", "XD");
    await whilePublished(t.prisma, y2025, async () => {
      const rows = await listBlocSuccessions(t.prisma, demo.ktkt.id);
      expect(rows.find((r) => r.id === id)?.undoBlocker).toBe(
        "Không thể huỷ: kết quả năm 2025 của Khối thi đua các cơ quan kinh tế – kỹ thuật đã công bố với hợp nhất này.",
      );
    });
    expect(await t.prisma.unitSuccession.count({ where: { id } })).toBe(1);
  });

  it("undoes a merger recorded by mistake: the predecessor stays, its name runs on, audited", async () => {
    const { id } = await succession("GTVT", "XD");
    await undoSuccession(t.prisma, secretariat(), {
      blocYearId: y2025,
      successionId: id,
      reason: "Ghi nhầm đơn vị",
    });
    expect(await t.prisma.unitSuccession.count({ where: { id } })).toBe(0);
    expect(await members2025()).toMatchObject({ GTVT: ["2025-01-01", null], XD: ["2025-01-01", null] });
    const names = await t.prisma.unitName.findMany({
      where: { unitId: await ids.unit("GTVT") },
      select: { validTo: true },
    });
    expect(names.every((name) => name.validTo === null)).toBe(true);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "UnitSuccession", entityId: id, action: "delete" },
    });
    expect(audit).toMatchObject({
      actorId: secretariat().id,
      reason: "Ghi nhầm đơn vị",
      oldValue: { effectiveOn: "2025-03-01" },
    });
  });

  it("undoing one of two predecessors keeps the successor a member through the other", async () => {
    const { id } = await succession("TNMT", "NNMT");
    await undoSuccession(t.prisma, secretariat(), {
      blocYearId: y2025,
      successionId: id,
      reason: "Ghi nhầm đơn vị",
    });
    expect(await members2025()).toMatchObject({
      TNMT: ["2025-01-01", null],
      NNPTNT: ["2025-01-01", "2025-03-01"],
      NNMT: ["2025-03-01", null],
    });
    const other = await succession("NNPTNT", "NNMT");
    await undoSuccession(t.prisma, secretariat(), {
      blocYearId: y2025,
      successionId: other.id,
      reason: "Ghi nhầm đơn vị",
    });
    expect(await members2025()).not.toHaveProperty("NNMT");
    await expect(
      undoSuccession(t.prisma, secretariat(), {
        blocYearId: y2025,
        successionId: other.id,
        reason: "Ghi nhầm đơn vị",
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });
});
