import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountSchema } from "@/schemas/accounts/account";
import { SIGNED_IN_USER_SELECT } from "@/server/auth/find-session-user";
import type { SessionUser } from "@/server/auth/session-user";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { fromIsoDay } from "@/domain/calendar";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { getAwardsBoard, type AwardsBoard } from "@/server/queries/awards/get-awards-board";
import { computeRanking } from "@/server/queries/compute-ranking";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";
import { ktktYear } from "./awards-world";

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

  it("gives a leader in a hidden year the flags, votes and proposals of their own unit only", async () => {
    const year = await ktktYear(t.prisma, demo, 2024);
    const tnmt = demo.user("lanhdao.tnmt");
    const own = tnmt.grants[0]!.unitId!;
    const secretariat = demo.user("thuky.ktkt");
    const { result } = await computeRanking(t.prisma, { blocYearId: year.id });
    // A unit the merit award may go to (not the first: the leading award is its).
    const other = result.units.slice(1).find((unit) => unit.unitId !== own)!.unitId;
    await createProposal(t.prisma, secretariat, {
      blocYearId: year.id,
      unitId: other,
      awardCode: "BANG_KHEN_UBND_TINH",
    });
    for (const unitId of [other, own]) {
      await saveBallotTally(t.prisma, secretariat, {
        blocYearId: year.id,
        unitId,
        awardCode: "BANG_KHEN_UBND_TINH",
        votesFor: 6,
        votersPresent: 8,
        version: 0,
      });
      await addEligibilityFlag(t.prisma, secretariat, {
        blocYearId: year.id,
        unitId,
        kind: "INSPECTION",
        since: fromIsoDay("2024-05-02"),
      });
    }
    const unitsOf = (board: AwardsBoard) =>
      [board.flags, board.tallies, board.proposals, board.openFlagUnitIds.map((unitId) => ({ unitId }))].map(
        (records) => [...new Set(records.map((record) => record.unitId))].sort(),
      );

    await t.prisma.blocYear.update({ where: { id: year.id }, data: { membersSeeProvisional: false } });
    const hidden = await getAwardsBoard(t.prisma, { blocYearId: year.id, user: tnmt });
    // A proposal's reason cites the unit's rank ("Xếp hạng 1, …"): others' are not shown at all.
    expect(unitsOf(hidden)).toEqual([[own], [own], [], [own]]);
    const managed = await getAwardsBoard(t.prisma, { blocYearId: year.id, user: secretariat });
    expect(unitsOf(managed)).toEqual([
      [own, other].sort(),
      [own, other].sort(),
      [other],
      [own, other].sort(),
    ]);

    await t.prisma.blocYear.update({ where: { id: year.id }, data: { membersSeeProvisional: true } });
    const shared = await getAwardsBoard(t.prisma, { blocYearId: year.id, user: tnmt });
    expect(unitsOf(shared)).toEqual(unitsOf(managed));
  });
});
