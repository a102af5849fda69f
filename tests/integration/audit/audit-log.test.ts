import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFilterSchema } from "@/schemas/audit/audit-filter";
import { ForbiddenError } from "@/server/errors";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { listAuditEvents, listViewableYears } from "@/server/queries/audit/list-audit-events";
import { AUDIT_PAGE_SIZE } from "@/server/queries/audit/load-audit-page";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktYear } from "../awards/awards-world";

const noFilter = auditFilterSchema.parse({});

describe.each(testBackends())("the audit log (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year: Awaited<ReturnType<typeof ktktYear>>;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year = await ktktYear(t.prisma, demo, 2024);
    const secretariat = demo.user("thuky.ktkt");
    for (let version = 0; version < AUDIT_PAGE_SIZE + 5; version++) {
      await saveBallotTally(t.prisma, secretariat, {
        blocYearId: year.id,
        unitId: year.unitIds[0]!,
        awardCode: "BANG_KHEN_UBND_TINH",
        votesFor: version % 8,
        votersPresent: 8,
        version,
      });
    }
    await setProvisionalVisibility(t.prisma, demo.user("admin.yenbai"), {
      blocYearId: year.id,
      version: year.version,
      visible: true,
    });
  });
  afterAll(() => t.close());

  it("lists the year's events newest first, 50 a page, for managers and viewers", async () => {
    for (const username of ["thuky.ktkt", "xem.ktkt", "admin.yenbai"]) {
      const log = await listAuditEvents(t.prisma, demo.user(username), {
        blocYearId: year.id,
        filter: noFilter,
      });
      expect(log?.events).toHaveLength(AUDIT_PAGE_SIZE);
      expect(log?.events[0]).toMatchObject({
        entity: "BlocYear",
        field: "membersSeeProvisional",
        oldValue: false,
        newValue: true,
        actorName: expect.any(String),
      });
      const times = log!.events.map((event) => event.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    const second = await listAuditEvents(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: year.id,
      filter: { ...noFilter, page: 2 },
    });
    expect(second!.page).toBe(2);
    expect(second!.events.length).toBe(second!.total - AUDIT_PAGE_SIZE);
  });

  it("filters by entity and by user, and offers the choices present", async () => {
    const admin = demo.user("admin.yenbai");
    const byAdmin = await listAuditEvents(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: year.id,
      filter: { ...noFilter, actor: admin.id },
    });
    expect(byAdmin!.events.map((event) => event.field)).toEqual(["membersSeeProvisional"]);
    const tallies = await listAuditEvents(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: year.id,
      filter: { ...noFilter, entity: "BallotTally" },
    });
    expect(tallies!.events.every((event) => event.entity === "BallotTally")).toBe(true);
    expect(tallies!.entities.map((entity) => entity.value)).toEqual(["BallotTally", "BlocYear"]);
    expect(tallies!.actors.map((actor) => actor.id).sort()).toEqual(
      [admin.id, demo.user("thuky.ktkt").id].sort(),
    );
  });

  it("shows agency leaders nothing, and refuses another bloc's secretariat", async () => {
    expect(
      await listAuditEvents(t.prisma, demo.user("lanhdao.tnmt"), { blocYearId: year.id, filter: noFilter }),
    ).toBeNull();
    await expect(
      listAuditEvents(t.prisma, demo.user("thuky.vhxh"), { blocYearId: year.id, filter: noFilter }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("offers only the years of the bloc the user may see", async () => {
    expect(await listViewableYears(t.prisma, demo.user("thuky.ktkt"), demo.ktkt.id)).toEqual([2024, 2023]);
    expect(await listViewableYears(t.prisma, demo.user("thuky.vhxh"), demo.ktkt.id)).toEqual([]);
  });

  it("falls back to no filter, page 1, for a malformed query string", () => {
    expect(auditFilterSchema.parse({ entity: ["a", "b"], actor: "x".repeat(500), page: "-3" })).toEqual({
      entity: undefined,
      actor: undefined,
      page: 1,
    });
  });

  it("gives each event its text in words", async () => {
    const log = await listAuditEvents(t.prisma, demo.user("thuky.ktkt"), {
      blocYearId: year.id,
      filter: noFilter,
    });
    expect(log!.events[0]!.text).toEqual({
      entity: "Năm thi đua",
      action: "Sửa",
      field: "Thành viên xem điểm tạm tính",
      oldValue: "Không",
      newValue: "Có",
    });
    expect(log!.entities).toContainEqual({ value: "BallotTally", label: "Kết quả bỏ phiếu" });
  });

  it("offers a renamed person under today's name and the name the log shows", async () => {
    const secretariat = demo.user("thuky.ktkt");
    const { displayName: before } = await t.prisma.user.findUniqueOrThrow({ where: { id: secretariat.id } });
    // The rename itself is an admin's (accounts tests); here only what the filter then offers.
    await t.prisma.user.update({ where: { id: secretariat.id }, data: { displayName: "Trần Thị Mới" } });
    const log = await listAuditEvents(t.prisma, secretariat, { blocYearId: year.id, filter: noFilter });
    expect(log!.actors.find((actor) => actor.id === secretariat.id)?.displayName).toBe(
      `Trần Thị Mới (trước đây: ${before})`,
    );
    expect(log!.events.find((event) => event.entity === "BallotTally")?.actorName).toBe(before);
  });
});
