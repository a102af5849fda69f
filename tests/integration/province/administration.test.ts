import { fromIsoDay, toIsoDay } from "@/domain/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth/session-user";
import { UserFacingError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { archiveBloc, createBloc, renameBloc } from "@/server/mutations/province/blocs";
import { createAgency } from "@/server/mutations/province/create-agency";
import { createFirstYear } from "@/server/mutations/province/create-first-year";
import { deactivateAgency, reactivateAgency } from "@/server/mutations/province/deactivate-agency";
import { importAgencies } from "@/server/mutations/province/import-agencies";
import { mergeAgencies } from "@/server/mutations/province/merge-agencies";
import { renameAgency } from "@/server/mutations/province/rename-agency";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const day = fromIsoDay;

describe.each(testBackends())("province administration (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let admin: SessionUser;
  const unitId = async (code: string) =>
    (await t.prisma.unit.findFirstOrThrow({ where: { code, provinceId: admin.provinceId } })).id;
  const latestName = (id: string) =>
    t.prisma.unitName.findFirstOrThrow({ where: { unitId: id }, orderBy: { validFrom: "desc" } });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    admin = demo.user("admin.yenbai");
  });
  afterAll(() => t.close());

  it("creates an agency named from a date, with a code derived from its short name; audited", async () => {
    const { unitId: id, code } = await createAgency(t.prisma, admin, {
      name: "Sở Ngoại vụ",
      shortName: "Sở NgV",
      code: null,
      validFrom: day("2025-01-01"),
    });
    expect(code).toBe("SONGV");
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { id }, include: { names: true } });
    expect(unit.provinceId).toBe(admin.provinceId);
    expect(unit.names.map((n) => [n.name, toIsoDay(n.validFrom)])).toEqual([["Sở Ngoại vụ", "2025-01-01"]]);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "create" } });
    expect(audit).toMatchObject({ actorId: admin.id, entity: "Unit", blocYearId: null });
    await expect(
      createAgency(t.prisma, admin, {
        name: "sở ngoại vụ",
        shortName: "X",
        code: null,
        validFrom: day("2025-01-01"),
      }),
    ).rejects.toThrow("Tỉnh đã có đơn vị mang tên “sở ngoại vụ”.");
  });

  it("renames an agency from a date through the shared name history: the old name stays for earlier days", async () => {
    const id = await unitId("SONGV");
    const current = await latestName(id);
    await renameAgency(t.prisma, admin, {
      unitId: id,
      currentNameId: current.id,
      name: "Sở Ngoại vụ tỉnh Yên Bái",
      shortName: "SNgV",
      validFrom: day("2025-07-01"),
    });
    const names = await t.prisma.unitName.findMany({ where: { unitId: id }, orderBy: { validFrom: "asc" } });
    expect(names.map((n) => [n.name, toIsoDay(n.validFrom), n.validTo && toIsoDay(n.validTo)])).toEqual([
      ["Sở Ngoại vụ", "2025-01-01", "2025-07-01"],
      ["Sở Ngoại vụ tỉnh Yên Bái", "2025-07-01", null],
    ]);
    await expect(
      renameAgency(t.prisma, admin, {
        unitId: id,
        currentNameId: current.id,
        name: "Tên khác",
        shortName: "TK",
        validFrom: day("2025-09-01"),
      }),
    ).rejects.toThrow("Người khác vừa đổi tên đơn vị này");
  });

  it("merges agencies into a new successor with the succession records the members tab writes", async () => {
    const a = await createAgency(t.prisma, admin, {
      name: "Ban A",
      shortName: "BA",
      code: "BANA",
      validFrom: day("2020-01-01"),
    });
    const b = await createAgency(t.prisma, admin, {
      name: "Ban B",
      shortName: "BB",
      code: "BANB",
      validFrom: day("2020-01-01"),
    });
    const { successorId } = await mergeAgencies(t.prisma, admin, {
      successorMode: "new",
      name: "Ban AB",
      shortName: "BAB",
      code: null,
      predecessorIds: [a.unitId, b.unitId],
      effectiveOn: day("2025-04-01"),
      decisionRef: "QĐ 1/2025",
    });
    const links = await t.prisma.unitSuccession.findMany({ where: { successorId } });
    expect(links.map((l) => l.predecessorId).sort()).toEqual([a.unitId, b.unitId].sort());
    expect(toIsoDay((await latestName(a.unitId)).validTo!)).toBe("2025-04-01");
    expect(toIsoDay((await latestName(successorId)).validFrom)).toBe("2025-04-01");
    const merged = await latestName(a.unitId);
    await expect(
      renameAgency(t.prisma, admin, {
        unitId: a.unitId,
        currentNameId: merged.id,
        name: "Ban A mới",
        shortName: "BA2",
        validFrom: day("2025-05-01"),
      }),
    ).rejects.toThrow("Đơn vị đã được hợp nhất từ ngày 01/04/2025");
    await expect(
      deactivateAgency(t.prisma, admin, { unitId: b.unitId, deactivatedOn: day("2025-05-01") }),
    ).rejects.toThrow("Đơn vị đã được hợp nhất từ ngày 01/04/2025");
    await expect(
      mergeAgencies(t.prisma, admin, {
        successorMode: "existing",
        successorUnitId: successorId,
        predecessorIds: [a.unitId],
        effectiveOn: day("2025-04-01"),
        decisionRef: null,
      }),
    ).rejects.toThrow(UserFacingError);
  });

  it("refuses to deactivate a member of a year not yet published; allows it after that year", async () => {
    const id = await unitId("BQLKCN");
    await expect(
      deactivateAgency(t.prisma, admin, { unitId: id, deactivatedOn: day("2024-06-01") }),
    ).rejects.toThrow("Đơn vị vẫn là thành viên của Khối thi đua các cơ quan kinh tế – kỹ thuật năm 2024");
    await deactivateAgency(t.prisma, admin, { unitId: id, deactivatedOn: day("2025-06-01") });
    expect((await t.prisma.unit.findUniqueOrThrow({ where: { id } })).deactivatedOn).toEqual(
      day("2025-06-01"),
    );
    await reactivateAgency(t.prisma, admin, { unitId: id });
    expect((await t.prisma.unit.findUniqueOrThrow({ where: { id } })).deactivatedOn).toBeNull();
    const actions = await t.prisma.auditEvent.findMany({ where: { entityId: id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["deactivate", "reactivate"]));
  });

  it("imports agencies all or none: every problem of the file reported at once by row and cell, nothing saved", async () => {
    const before = await t.prisma.unit.count();
    const outcome = await importAgencies(t.prisma, admin, {
      fileName: "don-vi.xlsx",
      rows: [
        { row: 2, name: "Sở Du lịch", shortName: "SDL", code: null, validFrom: { date: "2025-01-01" } },
        { row: 3, name: "Sở \u202eTư pháp", shortName: "STP", code: null, validFrom: "01/01/2025" },
        { row: 4, name: "Sở Du lịch", shortName: "SDL2", code: "KHCN", validFrom: "01/01/2025" },
        { row: 5, name: "Thanh tra tỉnh", shortName: null, code: null, validFrom: "31/02/2025" },
        { row: 6, name: "Sở Ngoại vụ tỉnh Yên Bái", shortName: "X", code: null, validFrom: "32/01/2025" },
        { row: 7, name: "Sở Ngoại vụ tỉnh Yên Bái", shortName: "Y", code: "KHCN", validFrom: "01/01/2025" },
      ],
    });
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Tên đầy đủ"],
      [4, "Tên đầy đủ"],
      [4, "Mã (không bắt buộc)"],
      [5, "Tên viết tắt"],
      [5, "Áp dụng từ ngày (dd/mm/yyyy)"],
      [6, "Tên đầy đủ"],
      [6, "Áp dụng từ ngày (dd/mm/yyyy)"],
      [7, "Tên đầy đủ"],
      [7, "Mã (không bắt buộc)"],
    ]);
    expect(problems.find((p) => p.row === 3)?.message).toMatch(/ký tự ẩn/);
    expect(problems.find((p) => p.row === 4)?.message).toBe("Trùng tên với dòng 2.");
    // Already in the province: said on every row that has it, the file's duplicates included.
    expect(problems.filter((p) => p.row >= 6 && p.column === "Tên đầy đủ").map((p) => p.message)).toEqual([
      "Tỉnh đã có đơn vị mang tên “Sở Ngoại vụ tỉnh Yên Bái”.",
      "Tỉnh đã có đơn vị mang tên “Sở Ngoại vụ tỉnh Yên Bái”.",
    ]);
    expect(await t.prisma.unit.count()).toBe(before);
    const existing = await importAgencies(t.prisma, admin, {
      fileName: "don-vi.xlsx",
      rows: [
        { row: 2, name: "Sở Du lịch", shortName: "SDL", code: null, validFrom: "01/01/2025" },
        { row: 3, name: "Sở Ngoại vụ tỉnh Yên Bái", shortName: "X", code: null, validFrom: "01/01/2025" },
      ],
    });
    expect(existing).toEqual({
      ok: false,
      problems: [expect.objectContaining({ row: 3, column: "Tên đầy đủ" })],
    });
    expect(await t.prisma.unit.count()).toBe(before);
    const good = await importAgencies(t.prisma, admin, {
      fileName: "don-vi.xlsx",
      rows: [
        { row: 2, name: "Sở Du lịch", shortName: "SDL", code: null, validFrom: { date: "2025-01-01" } },
        { row: 3, name: "Sở Tư pháp", shortName: "STP", code: "TP", validFrom: "01/01/2025" },
      ],
    });
    expect(good).toEqual({ ok: true, count: 2 });
    expect(await t.prisma.unit.count()).toBe(before + 2);
  });

  it("creates a bloc, renames it, and creates its first year that the bloc-year screens can use", async () => {
    const { blocId } = await createBloc(t.prisma, admin, {
      name: "Khối các cơ quan nội chính",
      code: "NC",
      foundedOn: day("2025-01-01"),
    });
    const bloc = await t.prisma.bloc.findUniqueOrThrow({ where: { id: blocId } });
    await renameBloc(t.prisma, admin, {
      blocId,
      version: bloc.version,
      name: "Khối thi đua các cơ quan nội chính",
    });
    await expect(renameBloc(t.prisma, admin, { blocId, version: bloc.version, name: "Cũ" })).rejects.toThrow(
      "Dữ liệu vừa được người khác thay đổi",
    );
    const [sdl, stp, khcn] = [await unitId("SDL"), await unitId("TP"), await unitId("KHCN")];
    const source = await t.prisma.blocYear.findFirstOrThrow({ where: { blocId: demo.ktkt.id, year: 2024 } });
    const created = await createFirstYear(t.prisma, admin, {
      blocId,
      year: 2025,
      memberUnitIds: [sdl, stp, khcn],
      headUnitId: stp,
      standingDeputyUnitId: sdl,
      deputyUnitIds: [],
      electedOn: day("2024-12-20"),
      decisionRef: "Biên bản 20/12/2024",
      scoreTableSource: "copy",
      copyFromBlocYearId: source.id,
    });
    const year = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: created.id },
      include: { memberships: true, roles: true, scoreTables: { include: { criteria: true } } },
    });
    expect(year.status).toBe("DRAFT");
    expect(year.memberships.map((m) => toIsoDay(m.joinedOn))).toEqual([
      "2025-01-01",
      "2025-01-01",
      "2025-01-01",
    ]);
    expect(year.roles.map((r) => [r.unitId, r.role]).sort()).toEqual(
      [
        [stp, "HEAD"],
        [sdl, "STANDING_DEPUTY"],
      ].sort(),
    );
    const sourceCriteria = await t.prisma.criterion.count({
      where: { scoreTable: { blocYearId: source.id } },
    });
    expect(year.scoreTables[0]?.criteria.length).toBe(sourceCriteria);
    expect(year.scoreTables[0]?.title).toMatch(/2025/);
    await expect(
      createFirstYear(t.prisma, admin, {
        blocId,
        year: 2026,
        memberUnitIds: [sdl, stp],
        headUnitId: stp,
        standingDeputyUnitId: null,
        deputyUnitIds: [],
        electedOn: day("2026-01-05"),
        decisionRef: null,
        scoreTableSource: "template",
        copyFromBlocYearId: null,
      }),
    ).rejects.toThrow("Khối đã có năm thi đua");
  });

  it("offers only agencies active on 1 January: a merged-away unit is refused as a first-year member", async () => {
    const { blocId } = await createBloc(t.prisma, admin, {
      name: "Khối thử",
      code: "THU",
      foundedOn: day("2020-01-01"),
    });
    const tnmt = await unitId("TNMT");
    await expect(
      createFirstYear(t.prisma, admin, {
        blocId,
        year: 2026,
        memberUnitIds: [tnmt, await unitId("KHCN")],
        headUnitId: tnmt,
        standingDeputyUnitId: null,
        deputyUnitIds: [],
        electedOn: day("2026-01-05"),
        decisionRef: null,
        scoreTableSource: "template",
        copyFromBlocYearId: null,
      }),
    ).rejects.toThrow(
      "Không hoạt động vào ngày đầu năm nên không thể là thành viên: Sở Tài nguyên và Môi trường",
    );
  });

  it("an archived bloc keeps its years but gets no new one", async () => {
    const nc = await t.prisma.bloc.findFirstOrThrow({ where: { code: "NC" } });
    await archiveBloc(t.prisma, admin, { blocId: nc.id, version: nc.version, archivedOn: day("2026-06-30") });
    const year = await t.prisma.blocYear.findFirstOrThrow({ where: { blocId: nc.id } });
    await expect(createNextBlocYear(t.prisma, admin, { fromBlocYearId: year.id })).rejects.toThrow(
      "Khối đã được lưu trữ nên không tạo năm mới.",
    );
    expect(await t.prisma.blocYear.count({ where: { blocId: nc.id } })).toBe(1);
  });
});
