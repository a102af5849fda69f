import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromIsoDay } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { UserFacingError } from "@/server/errors";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "../members/world";
import { MERIT_AWARD } from "../publishing/published-year-world";

const GTVT_LEFT =
  "Sở Giao thông vận tải đã rời khối ngày 01/03/2025, trước khi kết thúc năm 2025, nên không được xếp hạng năm này";

/**
 * The demo's 2025, created through the app from 2024: Sở GTVT merges into Sở Xây dựng on
 * 01/03/2025, so it is a member of 2025 until then but the year does not rank it.
 */
describe.each(testBackends())("flags and proposals refuse a unit that left the year (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  let y2025: string;
  const secretariat = () => demo.user("thuky.ktkt");
  const flagInput = async (code: string) => ({
    blocYearId: y2025,
    unitId: await ids.unit(code),
    kind: "INSPECTION" as const,
    since: fromIsoDay("2025-02-10"),
    note: "Đoàn thanh tra tỉnh",
  });
  const counts = async () => ({
    flags: await t.prisma.eligibilityFlag.count({ where: { blocYearId: y2025 } }),
    proposals: await t.prisma.awardProposal.count({ where: { blocYearId: y2025 } }),
  });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    y2025 = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
    await putYearsInStage(t.prisma, [y2025], "SCORING");
  });
  afterAll(() => t.close());

  it("refuses a flag for the unit that merged away on 01/03/2025, saying why, and writes nothing", async () => {
    const before = await counts();
    const refused = addEligibilityFlag(t.prisma, secretariat(), await flagInput("GTVT"));
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toThrow(
      `${GTVT_LEFT}: không thể ghi nhận tình trạng xét điều kiện khen thưởng cho đơn vị.`,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a proposal for it, saying why, and writes nothing", async () => {
    const before = await counts();
    const refused = createProposal(t.prisma, secretariat(), {
      blocYearId: y2025,
      unitId: await ids.unit("GTVT"),
      awardCode: MERIT_AWARD,
    });
    await expect(refused).rejects.toThrow(`${GTVT_LEFT}: không thể đề nghị khen thưởng cho đơn vị.`);
    expect(await counts()).toEqual(before);
  });

  it.each(["XD", "NNMT"])("still takes a flag for %s, a member at the year's end", async (code) => {
    await expect(addEligibilityFlag(t.prisma, secretariat(), await flagInput(code))).resolves.toHaveProperty(
      "id",
    );
  });

  it("takes the flag once the year's rules rank every member of the year (prorateByMembership)", async () => {
    const { rules } = await t.prisma.blocYear.findUniqueOrThrow({
      where: { id: y2025 },
      select: { rules: true },
    });
    await t.prisma.blocYear.update({
      where: { id: y2025 },
      data: { rules: { ...(rules as Prisma.JsonObject), membership: "prorateByMembership" } },
    });
    await expect(
      addEligibilityFlag(t.prisma, secretariat(), await flagInput("GTVT")),
    ).resolves.toHaveProperty("id");
  });
});
