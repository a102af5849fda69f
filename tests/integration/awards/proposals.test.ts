import { fromIsoDay } from "@/domain/calendar";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeProposalStatusSchema, createProposalSchema } from "@/schemas/awards/proposal";
import { ConflictError, PublishedYearError } from "@/server/errors";
import { addEligibilityFlag } from "@/server/mutations/awards/add-eligibility-flag";
import { changeProposalStatus } from "@/server/mutations/awards/change-proposal-status";
import { createProposal } from "@/server/mutations/awards/create-proposal";
import { computeRanking } from "@/server/queries/compute-ranking";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { fuzzAction, nastyString } from "../../support/fuzz-action";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import {
  expectForbiddenAndUnchanged,
  FORBIDDEN_USERS,
  ktktYear,
  outsiderUnitId,
  whilePublished,
} from "./awards-world";

const FLAG = "CO_THI_DUA_UBND_TINH";
const MERIT = "BANG_KHEN_UBND_TINH";

describe.each(testBackends())("award proposals (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year: Awaited<ReturnType<typeof ktktYear>>;
  let ranked: string[];
  let nameOf: Map<string, string>;
  const proposals = () =>
    t.prisma.awardProposal.findMany({ where: { blocYearId: year.id }, orderBy: { id: "asc" } });
  const secretariat = () => demo.user("thuky.ktkt");
  const propose = (unitId: string, awardCode: string) =>
    createProposal(t.prisma, secretariat(), { blocYearId: year.id, unitId, awardCode });
  const proposalOf = (unitId: string, awardCode: string) =>
    t.prisma.awardProposal.findFirstOrThrow({ where: { blocYearId: year.id, unitId, awardCode } });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    year = await ktktYear(t.prisma, demo, 2024);
    const { result } = await computeRanking(t.prisma, { blocYearId: year.id });
    if (result.units[1]!.rank <= result.units[0]!.rank)
      throw new Error("the demo year needs a strict leader");
    ranked = result.units.map((unit) => unit.unitId);
    nameOf = new Map(result.units.map((unit) => [unit.unitId, unit.name]));
  });
  afterAll(() => t.close());

  it("proposes the top-ranked unit for the leading award, with the engine's reason, audited", async () => {
    const { id } = await propose(ranked[0]!, FLAG);
    expect(await proposalOf(ranked[0]!, FLAG)).toMatchObject({
      id,
      status: "PROPOSED",
      eligibilityReason: expect.stringContaining("Xếp hạng 1"),
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, field: "status" } });
    expect(audit).toMatchObject({
      actorId: secretariat().id,
      oldValue: null,
      newValue: "PROPOSED",
      // The log names what was proposed, for whom, in words (issue #10, item 4).
      subject: `Cờ thi đua của Ủy ban nhân dân tỉnh · ${nameOf.get(ranked[0]!)}`,
    });
  });

  it.each([
    [
      "the leading award for a unit that is not top-ranked",
      () => propose(ranked[1]!, FLAG),
      "chỉ dành cho đơn vị xếp hạng cao nhất",
    ],
    [
      "a second award for the same unit",
      () => propose(ranked[0]!, MERIT),
      "một thành tích không đề nghị hai hình thức",
    ],
    ["the same award twice", () => propose(ranked[0]!, FLAG), "đã có đề nghị"],
  ])("refuses %s", async (_case, attempt, message) => {
    const before = await proposals();
    await expect(attempt()).rejects.toThrow(message);
    expect(await proposals()).toEqual(before);
  });

  it("refuses a unit under investigation (Decree 98/2023 Art. 4) and a unit of another bloc", async () => {
    await addEligibilityFlag(t.prisma, secretariat(), {
      blocYearId: year.id,
      unitId: ranked[2]!,
      kind: "INVESTIGATION",
      since: fromIsoDay("2024-03-01"),
    });
    await expect(propose(ranked[2]!, MERIT)).rejects.toThrow("Điều 4 Nghị định 98/2023");
    await expect(propose(await outsiderUnitId(t.prisma, demo), MERIT)).rejects.toThrow(
      "không phải thành viên",
    );
  });

  it.each(FORBIDDEN_USERS)("refuses %s both writes and changes nothing", async (username) => {
    const proposal = await proposalOf(ranked[0]!, FLAG);
    await expectForbiddenAndUnchanged({
      attempt: () =>
        createProposal(t.prisma, demo.user(username), {
          blocYearId: year.id,
          unitId: ranked[1]!,
          awardCode: MERIT,
        }),
      snapshot: proposals,
    });
    await expectForbiddenAndUnchanged({
      attempt: () =>
        changeProposalStatus(t.prisma, demo.user(username), {
          proposalId: proposal.id,
          version: proposal.version,
          status: "WITHDRAWN",
        }),
      snapshot: proposals,
    });
  });

  it("requires a decision number and date to approve or reject", () => {
    const parsed = changeProposalStatusSchema.safeParse({
      proposalId: "abc",
      version: "1",
      status: "APPROVED",
      decisionNumber: "",
      decisionDate: "",
    });
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      "decisionDate",
      "decisionNumber",
    ]);
  });

  it("approves with a decision, auditing status, number and date old → new", async () => {
    await propose(ranked[1]!, MERIT);
    const proposal = await proposalOf(ranked[1]!, MERIT);
    await changeProposalStatus(t.prisma, secretariat(), {
      proposalId: proposal.id,
      version: proposal.version,
      status: "APPROVED",
      decisionNumber: "125/QĐ-UBND",
      decisionDate: fromIsoDay("2025-02-10"),
    });
    const events = await t.prisma.auditEvent.findMany({
      where: { entityId: proposal.id, action: "update" },
      orderBy: { at: "asc" },
      select: { field: true, oldValue: true, newValue: true, subject: true },
    });
    const subject = `Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh · ${nameOf.get(ranked[1]!)}`;
    expect(events).toEqual([
      { field: "status", oldValue: "PROPOSED", newValue: "APPROVED", subject },
      { field: "decisionNumber", oldValue: null, newValue: "125/QĐ-UBND", subject },
      { field: "decisionDate", oldValue: null, newValue: "2025-02-10", subject },
    ]);
  });

  it("of two status changes from the same version exactly one wins; the loser sees the current status", async () => {
    const proposal = await proposalOf(ranked[0]!, FLAG);
    const outcomes = await Promise.allSettled(
      (["WITHDRAWN", "REJECTED"] as const).map((status) =>
        changeProposalStatus(t.prisma, secretariat(), {
          proposalId: proposal.id,
          version: proposal.version,
          status,
          decisionNumber: "1/QĐ",
          decisionDate: fromIsoDay("2025-01-20"),
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected?.status === "rejected" && String(rejected.reason.message)).toMatch(
      /hiện là “(Đã rút|Không được phê duyệt)”/,
    );
  });

  it("checks the rules again when a withdrawn or rejected proposal is put back among the standing ones", async () => {
    const flag = await proposalOf(ranked[0]!, FLAG);
    expect(flag.status).not.toBe("PROPOSED");
    await propose(ranked[0]!, MERIT);
    await expect(
      changeProposalStatus(t.prisma, secretariat(), {
        proposalId: flag.id,
        version: flag.version,
        status: "PROPOSED",
      }),
    ).rejects.toThrow("hai hình thức");
    // Nor can the council's approval skip the check by going straight from there to approved.
    await expect(
      changeProposalStatus(t.prisma, secretariat(), {
        proposalId: flag.id,
        version: flag.version,
        status: "APPROVED",
        decisionNumber: "12/QĐ-UBND",
        decisionDate: fromIsoDay("2025-01-31"),
      }),
    ).rejects.toThrow("hai hình thức");
    expect((await proposalOf(ranked[0]!, FLAG)).status).toBe(flag.status);
  });

  it("refuses both writes in a published year", async () => {
    const proposal = await proposalOf(ranked[1]!, MERIT);
    await whilePublished(t.prisma, year.id, async () => {
      await expect(propose(ranked[3]!, MERIT)).rejects.toBeInstanceOf(PublishedYearError);
      await expect(
        changeProposalStatus(t.prisma, secretariat(), {
          proposalId: proposal.id,
          version: proposal.version,
          status: "WITHDRAWN",
        }),
      ).rejects.toBeInstanceOf(PublishedYearError);
    });
  });

  it("survives fuzzed input to both actions: never two standing awards for one unit, every row audited", async () => {
    const invariant = async () => {
      const standing = (await proposals()).filter((p) => p.status === "PROPOSED" || p.status === "APPROVED");
      expect(new Set(standing.map((p) => p.unitId)).size).toBe(standing.length);
      for (const p of await proposals())
        expect(
          await t.prisma.auditEvent.count({ where: { entityId: p.id, action: "create" } }),
        ).toBeGreaterThan(0);
    };
    await fuzzAction({
      schema: createProposalSchema,
      inputs: fc.record({
        blocYearId: fc.oneof(fc.constant(year.id), nastyString),
        unitId: fc.oneof(fc.constantFrom(...ranked), nastyString),
        awardCode: fc.oneof(fc.constantFrom(FLAG, MERIT), nastyString),
      }),
      run: (input) => createProposal(t.prisma, secretariat(), input),
      invariant,
    });
    const ids = (await proposals()).map((p) => p.id);
    await fuzzAction({
      schema: changeProposalStatusSchema,
      inputs: fc.record({
        proposalId: fc.oneof(fc.constantFrom(...ids), nastyString),
        version: fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), nastyString),
        status: fc.oneof(fc.constantFrom("PROPOSED", "APPROVED", "REJECTED", "WITHDRAWN"), nastyString),
        decisionNumber: nastyString,
        decisionDate: fc.oneof(fc.constantFrom("2025-01-31", "", "2025-02-31"), nastyString),
      }),
      run: (input) => changeProposalStatus(t.prisma, secretariat(), input),
      invariant,
    });
  });
});
