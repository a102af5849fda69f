import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toIsoDay, yearEnd } from "@/domain/calendar";
import { membersOn } from "@/domain/membership";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { ConflictError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";
import { createNextBlocYear, previewNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { createTask } from "@/server/mutations/tasks/create-task";
import { storedNameOn, UNIT_NAMES } from "@/server/queries/unit-names-select";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "./world";

const NAMES_2025 = new Set([
  "Ban Quản lý các khu công nghiệp",
  "Ban Quản lý dự án đầu tư xây dựng tỉnh",
  "Sở Công Thương",
  "Sở Khoa học và Công nghệ",
  "Sở Nông nghiệp và Môi trường",
  "Sở Xây dựng",
]);

describe.each(testBackends())("the next year applies the recorded mergers (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  async function membersAtYearEnd(blocYearId: string, year: number) {
    const rows = await t.prisma.membership.findMany({
      where: { blocYearId },
      select: { unitId: true, joinedOn: true, leftOn: true, unit: { select: UNIT_NAMES } },
    });
    const day = yearEnd(year);
    const present = new Set(membersOn(rows.map(spanOf), day).map((span) => span.unitId));
    return rows
      .filter((row) => present.has(row.unitId))
      .map((row) => ({ name: storedNameOn(row.unit.names, day)?.name, joinedOn: toIsoDay(row.joinedOn) }));
  }

  it("previews who leaves and who joins on 01/03/2025, under their names, writing nothing", async () => {
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const leaving = preview.members.filter((member) => member.leftOn !== null);
    expect(leaving.map((m) => [m.name, m.leftOn, m.mergedInto]).sort()).toEqual(
      [
        ["Sở Giao thông vận tải", "2025-03-01", ["Sở Xây dựng"]],
        ["Sở Nông nghiệp và Phát triển nông thôn", "2025-03-01", ["Sở Nông nghiệp và Môi trường"]],
        ["Sở Tài nguyên và Môi trường", "2025-03-01", ["Sở Nông nghiệp và Môi trường"]],
      ].sort(),
    );
    const joining = preview.members.find((member) => member.name === "Sở Nông nghiệp và Môi trường");
    expect(joining).toMatchObject({ joinedOn: "2025-03-01", leftOn: null, continuing: false });
    expect(joining?.succeeds.map((t) => [t.name, t.effectiveOn]).sort()).toEqual([
      ["Sở Nông nghiệp và Phát triển nông thôn", "2025-03-01"],
      ["Sở Tài nguyên và Môi trường", "2025-03-01"],
    ]);
    expect(await t.prisma.blocYear.count({ where: { blocId: demo.ktkt.id, year: 2025 } })).toBe(0);
  });

  it("keeps an existing member that is a merger's successor a member from 01/01, taking its predecessor over", async () => {
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const successor = preview.members.find((member) => member.name === "Sở Xây dựng");
    expect(successor).toEqual({
      unitId: await ids.unit("XD"),
      name: "Sở Xây dựng",
      joinedOn: "2025-01-01",
      leftOn: null,
      continuing: true,
      mergedInto: [],
      succeeds: [{ name: "Sở Giao thông vận tải", effectiveOn: "2025-03-01" }],
    });
    const unchanged = preview.members.filter((m) => m.succeeds.length === 0 && m.leftOn === null);
    expect(unchanged.every((m) => m.continuing && m.joinedOn === "2025-01-01")).toBe(true);
  });

  it("refuses a confirmation of a member list that has changed since it was shown", async () => {
    await expect(
      createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id, previewStamp: "[]" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await t.prisma.blocYear.count({ where: { blocId: demo.ktkt.id, year: 2025 } })).toBe(0);
  });

  it("creates 2025 from the confirmed preview: 6 members on 31/12/2025, successors from 01/03/2025", async () => {
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const created = await createNextBlocYear(t.prisma, secretariat(), {
      fromBlocYearId: ids.y2024.id,
      previewStamp: preview.stamp,
    });
    const members = await membersAtYearEnd(created.id, 2025);
    expect(new Set(members.map((m) => m.name))).toEqual(NAMES_2025);
    expect(members.find((m) => m.name === "Sở Nông nghiệp và Môi trường")?.joinedOn).toBe("2025-03-01");
    expect(members.find((m) => m.name === "Sở Xây dựng")?.joinedOn).toBe("2025-01-01");
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "BlocYear", entityId: created.id, action: "create" },
      select: { newValue: true },
    });
    // Only the new successor joins; Sở Xây dựng carries on.
    expect(audit.newValue).toMatchObject({ joining: [await ids.unit("NNMT")] });
    expect(await t.prisma.membership.count({ where: { blocYearId: created.id } })).toBe(9);
    expect(await t.prisma.roleAssignment.count({ where: { blocYearId: created.id } })).toBe(0);
  });

  it("creates 2026 from the 2025 created through the app: its 6 year-end members, from 01/01/2026", async () => {
    const y2025 = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2025 },
      select: { id: true },
    });
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: y2025.id });
    expect(preview.members.every((m) => m.joinedOn === "2026-01-01" && m.leftOn === null)).toBe(true);
    expect(preview.notCopied).toEqual([]);
    const created = await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: y2025.id });
    expect(new Set((await membersAtYearEnd(created.id, 2026)).map((m) => m.name))).toEqual(NAMES_2025);
    expect(await t.prisma.membership.count({ where: { blocYearId: created.id } })).toBe(6);
  });

  it.each([
    [
      "GTVT",
      "2025-06-30",
      "Không thể giao nhiệm vụ hạn 30/06/2025 cho đơn vị này: đơn vị là thành viên từ 01/01/2025 đến trước 01/03/2025 (rời khối ngày 01/03/2025).",
    ],
    [
      "NNMT",
      "2025-02-15",
      "Không thể giao nhiệm vụ hạn 15/02/2025 cho đơn vị này: đơn vị gia nhập khối từ 01/03/2025.",
    ],
    ["GTVT", "2025-02-28", null],
    ["NNMT", "2025-03-01", null],
  ])(
    "a task for %s due %s in the 2025 created through the app: refused outside its membership dates",
    async (code, deadline, refusal) => {
      const year = await t.prisma.blocYear.findFirstOrThrow({
        where: { blocId: demo.ktkt.id, year: 2025 },
        select: { id: true },
      });
      const [unit, document, criterion] = await Promise.all([
        ids.unit(code),
        t.prisma.sourceDocument.findFirstOrThrow({ select: { id: true } }),
        t.prisma.criterion.findFirstOrThrow({
          where: { kind: "TASK_DERIVED", scoreTable: { blocYearId: year.id } },
          select: { id: true },
        }),
      ]);
      const form = createTaskSchema.parse({
        blocYearId: year.id,
        title: `Nhiệm vụ thử của ${code} hạn ${deadline}`,
        ownerUnitId: unit,
        sourceMode: "existing",
        sourceDocumentId: document.id,
        weight: "1",
        deadline,
        criterionId: criterion.id,
      });
      const created = createTask(t.prisma, secretariat(), form);
      if (refusal === null) await expect(created).resolves.toMatchObject({ year: 2025 });
      else await expect(created).rejects.toThrow(refusal);
    },
  );
});
