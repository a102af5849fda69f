import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editCriteriaSchema } from "@/schemas/score-table/edit-criteria";
import { ConflictError, ForbiddenError, PublishedYearError, UserFacingError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { editCriteria } from "@/server/mutations/score-table/edit-criteria";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { FORBIDDEN_USERS, ktktYear, nodeUpdate, snapshotOf, tableInForce } from "./score-table-support";

describe.each(testBackends())("editing the criteria tree before scoring starts (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let preparedYear: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const update = (code: string, patch: Parameters<typeof nodeUpdate>[3]) =>
    nodeUpdate(t.prisma, preparedYear, code, patch);

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    // The score table is edited while a year is prepared: 2025 as "Tạo năm 2025" makes it, with
    // 2024's table copied and no score yet (the demo's 2023 and 2024 have scores).
    const from = await ktktYear(t.prisma, demo, 2024);
    preparedYear = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: from.id })).id;
  });
  afterAll(() => t.close());

  it("lets the secretariat lower a maximum in place, warns about the gap, and audits old → new", async () => {
    const input = await update("II.3", { maxPoints: 500 });
    const result = await editCriteria(t.prisma, secretariat(), input);
    expect(result).toMatchObject({ version: 1, newVersion: false });
    expect(result.warnings).toContain(
      "Mục II: tổng điểm các tiêu chí con (19,00 điểm) chưa bằng điểm tối đa của mục (20,00 điểm).",
    );
    expect(
      await t.prisma.criterion.findUniqueOrThrow({
        where: { id: input.criterionId },
        select: { maxPoints: true },
      }),
    ).toEqual({ maxPoints: 500 });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: input.criterionId, field: "maxPoints" },
    });
    expect(audit).toMatchObject({
      actorId: secretariat().id,
      blocYearId: preparedYear,
      oldValue: 600,
      newValue: 500,
    });
  });

  it("adds a sub-criterion at the end of its section and audits its creation", async () => {
    const table = await tableInForce(t.prisma, preparedYear);
    await editCriteria(t.prisma, secretariat(), {
      operation: "add",
      scoreTableId: table.id,
      revision: table.revision,
      parentId: table.idOf("II"),
      code: "II.4",
      title: "Ứng dụng công nghệ thông tin",
      kind: "MANUAL",
      maxPoints: 100,
      capPoints: null,
      reducesId: null,
    });
    const after = await tableInForce(t.prisma, preparedYear);
    expect(
      after.nodes.filter((node) => node.parentKey === table.idOf("II")).map((node) => node.code),
    ).toEqual(["II.1", "II.2", "II.3", "II.4"]);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: after.idOf("II.4"), action: "create" },
    });
    expect(audit.newValue).toMatchObject({ code: "II.4", maxPoints: 100, position: 4 });
  });

  it("moves a node down and back up, swapping positions", async () => {
    const table = await tableInForce(t.prisma, preparedYear);
    await editCriteria(t.prisma, secretariat(), {
      operation: "move",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: table.idOf("II"),
      direction: "down",
    });
    const moved = await tableInForce(t.prisma, preparedYear);
    expect(moved.nodes.filter((node) => node.parentKey === null).map((node) => node.code)).toEqual([
      "I",
      "III",
      "II",
      "IV",
      "V",
    ]);
    await editCriteria(t.prisma, secretariat(), {
      operation: "move",
      scoreTableId: moved.id,
      revision: moved.revision,
      criterionId: moved.idOf("II"),
      direction: "up",
    });
    expect(
      (await tableInForce(t.prisma, preparedYear)).nodes
        .filter((node) => node.parentKey === null)
        .map((node) => node.code),
    ).toEqual(["I", "II", "III", "IV", "V"]);
  });

  it("deletes an unused criterion in place", async () => {
    const table = await tableInForce(t.prisma, preparedYear);
    await editCriteria(t.prisma, secretariat(), {
      operation: "delete",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: table.idOf("II.4"),
    });
    const after = await tableInForce(t.prisma, preparedYear);
    expect(after.nodes.map((node) => node.code)).not.toContain("II.4");
    expect(
      await t.prisma.auditEvent.count({ where: { entityId: table.idOf("II.4"), action: "delete" } }),
    ).toBe(1);
  });

  it("accepts criteria adding up to more than their section: the section caps them, with a warning", async () => {
    const before = await tableInForce(t.prisma, preparedYear);
    const original = before.nodes.find((node) => node.code === "II.2")?.maxPoints ?? 0;
    const result = await editCriteria(t.prisma, secretariat(), await update("II.2", { maxPoints: 1500 }));
    expect(result.warnings).toContain(
      "Mục II: tổng điểm các tiêu chí con (28,00 điểm) vượt điểm tối đa của mục (20,00 điểm): điểm của mục được giới hạn ở 20,00 điểm.",
    );
    await editCriteria(t.prisma, secretariat(), await update("II.2", { maxPoints: original }));
  });

  it.each<[string, Parameters<typeof update>[1], RegExp]>([
    [
      "a child above its section",
      { maxPoints: 2500 },
      /Mục II.2: điểm tối đa \(25,00 điểm\) vượt điểm tối đa của mục cha II \(20,00 điểm\)/,
    ],
    ["a cap on a manual criterion", { capPoints: 100 }, /chỉ điểm thưởng, điểm trừ mới có mức trần/],
  ])("refuses %s and changes nothing", async (_, patch, message) => {
    const before = await snapshotOf(t.prisma, preparedYear);
    await expect(editCriteria(t.prisma, secretariat(), await update("II.2", patch))).rejects.toThrow(message);
    expect(await snapshotOf(t.prisma, preparedYear)).toEqual(before);
  });

  it.each(FORBIDDEN_USERS)("refuses %s and changes nothing", async (username) => {
    const before = await snapshotOf(t.prisma, preparedYear);
    await expect(
      editCriteria(t.prisma, demo.user(username), await update("II.1", { maxPoints: 700 })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshotOf(t.prisma, preparedYear)).toEqual(before);
  });

  it("refuses a stale tree, showing the node's current value, and of two simultaneous edits exactly one wins", async () => {
    const first = await update("II.1", { maxPoints: 700 });
    const second = await update("II.1", { maxPoints: 750 });
    const outcomes = await Promise.allSettled([
      editCriteria(t.prisma, secretariat(), first),
      editCriteria(t.prisma, secretariat(), second),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    const winner = outcomes[0]!.status === "fulfilled" ? "7,00" : "7,50";
    expect(rejected?.status === "rejected" && (rejected.reason as Error).message).toContain(
      `tối đa ${winner} điểm`,
    );
    await expect(editCriteria(t.prisma, secretariat(), first)).rejects.toBeInstanceOf(ConflictError);
  });

  it("rejects bad input at the schema", () => {
    const base = {
      operation: "add",
      scoreTableId: "x",
      revision: "a".repeat(64),
      parentId: "",
      code: "II.9",
      title: "Tên",
      kind: "MANUAL",
      maxPoints: "12,5",
    };
    expect(editCriteriaSchema.safeParse(base).success).toBe(true);
    for (const bad of [
      { maxPoints: "12,345" },
      { maxPoints: "-1" },
      { code: "II 9" },
      { title: "a\u0000b" },
      { kind: "OTHER" },
      { revision: "stale" },
      { kind: "MANUAL", capPoints: "5" },
    ]) {
      expect(editCriteriaSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses every edit once the year is published", async () => {
    const input = await update("II.1", { title: "Tên khác" });
    await t.prisma.blocYear.update({ where: { id: preparedYear }, data: { status: "PUBLISHED" } });
    try {
      await expect(editCriteria(t.prisma, secretariat(), input)).rejects.toBeInstanceOf(PublishedYearError);
    } finally {
      await t.prisma.blocYear.update({ where: { id: preparedYear }, data: { status: "SCORING" } });
    }
  });

  it("refuses an unknown table as forbidden, revealing nothing", async () => {
    const input = await update("II.1", { title: "X" });
    await expect(
      editCriteria(t.prisma, secretariat(), { ...input, scoreTableId: "no-such-table" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      editCriteria(t.prisma, secretariat(), { ...input, criterionId: "no-such-node" }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });
});
