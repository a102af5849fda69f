import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editCriteriaSchema } from "@/schemas/score-table/edit-criteria";
import { UserFacingError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { editCriteria } from "@/server/mutations/score-table/edit-criteria";
import { computeRanking } from "@/server/queries/compute-ranking";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktYear, nodeUpdate, tableInForce } from "./score-table-support";

describe.each(testBackends())("a deduction that names the criterion it reduces (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year2024: string;
  let year2025: string;
  const secretariat = () => demo.user("thuky.ktkt");
  /** The form's update of a node, with the target it should reduce ("" = the total). */
  const pointAt = async (blocYearId: string, code: string, target: string | null) => {
    const table = await tableInForce(t.prisma, blocYearId);
    const reducesId = target === null ? null : table.idOf(target);
    return editCriteria(t.prisma, secretariat(), await nodeUpdate(t.prisma, blocYearId, code, { reducesId }));
  };
  const targetOf = async (blocYearId: string, code: string) => {
    const table = await tableInForce(t.prisma, blocYearId);
    const key = table.nodes.find((node) => node.code === code)?.reducesKey ?? null;
    return key && table.nodes.find((node) => node.key === key)?.code;
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year2024 = (await ktktYear(t.prisma, demo, 2024)).id;
    year2025 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: year2024 })).id;
  });
  afterAll(() => t.close());

  it("is set in place on a year created through the app, audited, and copied with the year", async () => {
    expect(await pointAt(year2025, "V.1", "II.1")).toMatchObject({ newVersion: false });
    expect(await targetOf(year2025, "V.1")).toBe("II.1");
    const table = await tableInForce(t.prisma, year2025);
    expect(
      await t.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: table.idOf("V.1"), field: "reducesId" },
      }),
    ).toMatchObject({ newValue: table.idOf("II.1") });
    // The next year copies the table: its V.1 reduces its own II.1, not 2025's.
    const year2026 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: year2025 })).id;
    const copy = await tableInForce(t.prisma, year2026);
    expect(copy.nodes.find((node) => node.code === "V.1")?.reducesKey).toBe(copy.idOf("II.1"));
  });

  it("refuses a section or a bonus as the target, and a target on anything but a deduction", async () => {
    await expect(pointAt(year2025, "V.2", "II")).rejects.toThrow(
      "tiêu chí bị trừ phải là tiêu chí chấm điểm hoặc tính từ nhiệm vụ, không có tiêu chí con.",
    );
    await expect(pointAt(year2025, "V.2", "IV.1")).rejects.toBeInstanceOf(UserFacingError);
    await expect(pointAt(year2025, "II.2", "II.1")).rejects.toThrow(
      "chỉ mục điểm trừ không có mục con mới trừ vào một tiêu chí.",
    );
    const table = await tableInForce(t.prisma, year2025);
    const form = {
      operation: "update",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: table.idOf("II.2"),
      code: "II.2",
      title: "Tiêu chí",
      kind: "MANUAL",
      maxPoints: "5",
      reducesId: table.idOf("II.1"),
    };
    expect(editCriteriaSchema.safeParse(form).error?.issues[0]?.message).toBe(
      "Chỉ mục điểm trừ mới trừ vào một tiêu chí.",
    );
    expect(editCriteriaSchema.safeParse({ ...form, kind: "DEDUCTION" }).success).toBe(true);
    const blank = editCriteriaSchema.safeParse({ ...form, kind: "DEDUCTION", reducesId: "" });
    expect(blank.data && "reducesId" in blank.data ? blank.data.reducesId : "absent").toBeNull();
  });

  it("goes back to the total when its criterion is deleted", async () => {
    await pointAt(year2025, "V.2", "II.3");
    const table = await tableInForce(t.prisma, year2025);
    await editCriteria(t.prisma, secretariat(), {
      operation: "delete",
      scoreTableId: table.id,
      revision: table.revision,
      criterionId: table.idOf("II.3"),
    });
    expect(await targetOf(year2025, "V.2")).toBeNull();
  });

  it("once scoring has started: a new version whose deduction reduces the copy, and the ranking takes it", async () => {
    await putYearsInStage(t.prisma, [year2024], "ACTIVE");
    const old = await tableInForce(t.prisma, year2024);
    const before = await computeRanking(t.prisma, { blocYearId: year2024 });
    // A unit the demo gave a V.1 deduction (late report): its II.1 has more than that.
    const penalised = before.result.units.find((unit) =>
      unit.contributions.some((line) => line.criterionId === old.idOf("V.1") && line.points < 0),
    )!;
    const taken = penalised.nodePoints[old.idOf("V.1")]!;
    expect(taken).toBeGreaterThan(0);
    expect(await pointAt(year2024, "V.1", "II.1")).toMatchObject({ newVersion: true });
    const table = await tableInForce(t.prisma, year2024);
    expect(table.version).toBe(old.version + 1);
    expect(table.nodes.find((node) => node.code === "V.1")?.reducesKey).toBe(table.idOf("II.1"));
    const after = await computeRanking(t.prisma, { blocYearId: year2024 });
    const unit = after.result.units.find((candidate) => candidate.unitId === penalised.unitId)!;
    expect(unit.nodePoints[table.idOf("II.1")]).toBe(penalised.nodePoints[old.idOf("II.1")]! - taken);
    expect(unit.deductions).toBe(penalised.deductions - taken);
    expect(unit.total).toBe(penalised.total);
    expect(unit.contributions.map((line) => line.label)).toContainEqual(
      expect.stringMatching(/^Điểm trừ V\.1 .* trừ vào Tiêu chí II\.1 /),
    );
    for (const each of after.result.units)
      expect(each.contributions.reduce((sum, line) => sum + line.points, 0)).toBe(each.total);
  });
});
