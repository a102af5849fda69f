import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistrationSchema } from "@/schemas/pledge/registration";
import { ConflictError, ForbiddenError, PublishedYearError } from "@/server/errors";
import { createRegistration } from "@/server/mutations/pledge/create-registration";
import { deleteRegistration } from "@/server/mutations/pledge/delete-registration";
import { updateRegistration } from "@/server/mutations/pledge/update-registration";
import { getPledgePage } from "@/server/queries/pledge/get-pledge-page";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { expectOneWinner, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("registrations (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const taskIds = async (numbers: number[]) =>
    (
      await t.prisma.task.findMany({
        where: { blocYearId: ids.y2024.id, number: { in: numbers } },
        select: { id: true },
      })
    ).map((task) => task.id);
  const registrationOf = (code: string, content: string) =>
    t.prisma.registration.findFirstOrThrow({
      where: { blocYearId: ids.y2024.id, unit: { code }, content },
      select: { id: true, version: true, content: true, outcome: true, tasks: { select: { taskId: true } } },
    });
  const target = (unitId: string, tasks: string[] = []) => ({
    blocYearId: ids.y2024.id,
    unitId,
    kind: "TARGET" as const,
    content: "Chỉ tiêu mới",
    note: null,
    outcome: null,
    taskIds: tasks,
  });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("shows each registration beside its tasks' statuses (pledged vs achieved)", async () => {
    const page = await getPledgePage(t.prisma, demo.user("xem.ktkt"), ids.y2024.id);
    const tnmt = page?.members.find((member) => member.name === "Sở Tài nguyên và Môi trường");
    expect(tnmt?.registrations).toHaveLength(4);
    expect(
      tnmt?.registrations
        .find((r) => r.kind === "TARGET" && r.tasks.length === 2)
        ?.tasks.map((task) => task.number),
    ).toEqual([6, 8]);
    expect(await getPledgePage(t.prisma, demo.user("thuky.vhxh"), ids.y2024.id)).toBeNull();
  });

  it("lets the secretariat create a target linked to the unit's own tasks, audited", async () => {
    const unitId = await ids.unit("XD");
    const created = await createRegistration(t.prisma, demo.user("thuky.ktkt"), {
      ...target(unitId, await taskIds([17])),
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Registration", entityId: created.registrationId },
    });
    expect(audit.newValue).toMatchObject({ content: "Chỉ tiêu mới", taskNumbers: [17] });
  });

  it("lets an agency leader write their own unit's registrations, and no one else's", async () => {
    const leader = demo.user("lanhdao.tnmt");
    const own = await createRegistration(t.prisma, leader, {
      ...target(await ids.unit("TNMT"), await taskIds([6])),
      content: "Chỉ tiêu của TN&MT",
    });
    const row = await registrationOf("TNMT", "Chỉ tiêu của TN&MT");
    await updateRegistration(t.prisma, leader, {
      registrationId: own.registrationId,
      version: row.version,
      kind: "TARGET",
      content: "Chỉ tiêu của TN&MT",
      note: null,
      outcome: "Đạt 100%",
      taskIds: [],
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: own.registrationId, field: "outcome" },
    });
    expect(audit).toMatchObject({ actorId: leader.id, oldValue: null, newValue: "Đạt 100%" });
    const other = await registrationOf("XD", "Chỉ tiêu mới");
    await expect(
      updateRegistration(t.prisma, leader, {
        registrationId: other.id,
        version: other.version,
        kind: "TARGET",
        content: "Chiếm",
        note: null,
        outcome: null,
        taskIds: [],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createRegistration(t.prisma, leader, target(await ids.unit("XD")))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      deleteRegistration(t.prisma, leader, { registrationId: other.id, version: other.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await registrationOf("XD", "Chỉ tiêu mới")).toEqual(other);
  });

  it.each(["thuky.vhxh", "xem.ktkt"])("refuses %s and changes nothing", async (username) => {
    const before = await t.prisma.registration.count();
    const row = await registrationOf("XD", "Chỉ tiêu mới");
    await expect(
      createRegistration(t.prisma, demo.user(username), target(await ids.unit("XD"))),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      deleteRegistration(t.prisma, demo.user(username), { registrationId: row.id, version: row.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.prisma.registration.count()).toBe(before);
  });

  it("refuses linking another unit's task, and tasks on a title", async () => {
    await expect(
      createRegistration(t.prisma, demo.user("thuky.ktkt"), target(await ids.unit("XD"), await taskIds([1]))),
    ).rejects.toThrow("Chỉ gắn được nhiệm vụ của chính đơn vị");
    const parsed = createRegistrationSchema.safeParse({ ...target("u", ["t"]), kind: "TITLE" });
    expect(parsed.error?.issues[0]?.message).toBe("Chỉ chỉ tiêu mới gắn với nhiệm vụ.");
  });

  it("of two edits with one version exactly one wins; a delete with a stale version is refused", async () => {
    const row = await registrationOf("XD", "Chỉ tiêu mới");
    const edit = (outcome: string) =>
      updateRegistration(t.prisma, demo.user("thuky.ktkt"), {
        registrationId: row.id,
        version: row.version,
        kind: "TARGET",
        content: row.content,
        note: null,
        outcome,
        taskIds: [],
      });
    expectOneWinner(await Promise.allSettled([edit("A"), edit("B")]), ConflictError);
    await expect(
      deleteRegistration(t.prisma, demo.user("thuky.ktkt"), { registrationId: row.id, version: row.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    await deleteRegistration(t.prisma, demo.user("thuky.ktkt"), {
      registrationId: row.id,
      version: row.version + 1,
    });
    expect(await t.prisma.registration.count({ where: { id: row.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { entityId: row.id, action: "delete" } })).toBe(1);
  });

  it("refuses registration writes once the year is published, the leader's too", async () => {
    const before = await t.prisma.registration.count();
    await whilePublished(t.prisma, ids.y2024.id, async () => {
      await expect(
        createRegistration(t.prisma, demo.user("thuky.ktkt"), target(await ids.unit("XD"))),
      ).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        createRegistration(t.prisma, demo.user("lanhdao.tnmt"), target(await ids.unit("TNMT"))),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
    expect(await t.prisma.registration.count()).toBe(before);
  });
});
