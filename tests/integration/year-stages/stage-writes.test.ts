import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stageAllows, YEAR_STAGE_LABEL, YEAR_STAGES, type YearStage } from "@/domain/year-stages";
import { ForbiddenError, PublishedYearError, StageRefusedError, UserFacingError } from "@/server/errors";
import { demoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { prepareYear, type YearWorld } from "../publishing/published-year-world";
import { WRITE_ACTIONS, type WriteAction } from "../publishing/published-year-writes";

/**
 * Runs a write and tells whether the stage guard refused it. A write the stage lets through may
 * still be refused for a reason of its own (a version another write of the list moved on):
 * that is past the guard. Being forbidden never is: the case would test nothing.
 */
async function stageOutcome(action: WriteAction, w: YearWorld): Promise<"refused" | "let through"> {
  try {
    await action.run(w);
    return "let through";
  } catch (error) {
    if (error instanceof StageRefusedError || error instanceof PublishedYearError) return "refused";
    if (error instanceof UserFacingError && !(error instanceof ForbiddenError)) return "let through";
    throw error;
  }
}

const cases = (stage: YearStage) =>
  WRITE_ACTIONS.map((action) => ({
    action,
    name: action.name,
    expected: stageAllows(stage, action.activity) ? "let through" : "refused",
  }));

// Each stage gets a year of its own, prepared afresh: every write then runs once, in order.
describe.each(testBackends())("each write in each stage of the year (%s)", (kind) => {
  describe.each(YEAR_STAGES)("%s", (stage) => {
    let t: TestDatabase;
    let w: YearWorld;
    const auditCount = () => t.prisma.auditEvent.count({ where: { blocYearId: w.yearId } });

    beforeAll(async () => {
      t = await openTestDatabase(kind, "demo");
      w = await prepareYear(t.prisma, await demoWorld(t.prisma));
      await putYearsInStage(t.prisma, [w.yearId], stage);
    }, 120_000);
    afterAll(() => t.close());

    it.each(cases(stage))("$name is $expected", async ({ action, expected }) => {
      const before = await auditCount();
      expect(await stageOutcome(action, w)).toBe(expected);
      if (expected === "refused") expect(await auditCount()).toBe(before);
    });

    it("a refusal says why and the way on", async () => {
      const refused = WRITE_ACTIONS.find((action) => !stageAllows(stage, action.activity))!;
      const wayOn =
        stage === "PUBLISHED"
          ? /^Kết quả năm này đã công bố .* Hãy tạo bản đính chính nếu cần\.$/
          : new RegExp(
              `^Năm thi đua đang ở giai đoạn “${YEAR_STAGE_LABEL[stage]}”: .*trang Tổng quan của năm\\.$`,
            );
      await expect(refused.run(w)).rejects.toThrow(wayOn);
    });
  });
});
