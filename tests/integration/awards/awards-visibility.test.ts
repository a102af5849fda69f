import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountSchema } from "@/schemas/accounts/account";
import { SIGNED_IN_USER_SELECT } from "@/server/auth/find-session-user";
import type { SessionUser } from "@/server/auth/session-user";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { getAwardsBoard } from "@/server/queries/awards/get-awards-board";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";

// On a year and an account created through the app: the awards tab's candidates are every unit's
// rank and total, so a leader reads them only where the rankings page would show them.
describe.each(testBackends())("the awards tab follows the provisional-scores setting (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let yearId: string;
  let leader: SessionUser;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = await ktktIds(t.prisma, demo);
    const secretariat = demo.user("thuky.ktkt");
    yearId = await createNextYearThroughApp(t.prisma, secretariat, ids.y2024.id);
    const created = await createAccount(
      t.prisma,
      demo.user("admin.yenbai"),
      createAccountSchema.parse({
        username: "lanhdao.nnmt",
        displayName: "Lãnh đạo Sở NN&MT",
        grants: JSON.stringify([{ kind: "AGENCY_LEADER", unitId: await ids.unit("NNMT") }]),
      }),
    );
    leader = await t.prisma.user.findUniqueOrThrow({
      where: { id: created.id },
      select: SIGNED_IN_USER_SELECT,
    });
  });
  afterAll(() => t.close());

  const share = (membersSeeProvisional: boolean) =>
    t.prisma.blocYear.update({ where: { id: yearId }, data: { membersSeeProvisional } });

  it("withholds the candidates from a leader while scores are not shared, without running the engine", async () => {
    await share(false);
    const board = await getAwardsBoard(t.prisma, { blocYearId: yearId, user: leader });
    expect(board.ranking).toEqual({ result: null, asOf: null, refusal: null, withheld: true });
    expect(board.topEligibleRank).toBeNull();
  });

  it("shows them once scores are shared, and to the secretariat always", async () => {
    await share(true);
    expect((await getAwardsBoard(t.prisma, { blocYearId: yearId, user: leader })).ranking.withheld).toBe(
      false,
    );
    await share(false);
    const managed = await getAwardsBoard(t.prisma, { blocYearId: yearId, user: demo.user("thuky.ktkt") });
    expect(managed.ranking.withheld).toBe(false);
    expect(managed.ranking.result?.units).toHaveLength(6);
  });
});
