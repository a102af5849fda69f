import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SuccessorNotice } from "@/app/(signed-in)/don-vi/[unitId]/successor-notice";
import { mergeUnitsSchema, renameUnitSchema } from "@/schemas/members/unit-change";
import { setProvisionalVisibilitySchema } from "@/schemas/provisional-visibility";
import type { SessionUser } from "@/server/auth/session-user";
import { mergeUnits } from "@/server/mutations/members/merge-units";
import { renameUnit } from "@/server/mutations/members/rename-unit";
import { setProvisionalVisibility } from "@/server/mutations/set-provisional-visibility";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { getUnitPage, type UnitPage } from "@/server/queries/units/get-unit-page";
import { MERGER_DECISION_REF } from "@/server/seed/members";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "../members/world";

const TNMT = "Sở Tài nguyên và Môi trường";
const NNPTNT = "Sở Nông nghiệp và Phát triển nông thôn";
const NNMT = "Sở Nông nghiệp và Môi trường";
const KHCN = "Sở Khoa học và Công nghệ";
const KHCN_2025 = "Sở Khoa học, Công nghệ và Đổi mới sáng tạo";
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

/** The years of a unit page as [year, name that year, what the user sees of its result]. */
const yearsOf = (page: UnitPage | null) =>
  page?.years.map((row) => [row.year, row.name, row.result.kind]) ?? null;

// Issue 9, item 3: a unit page shows a unit's names, lineage and years, on the years the demo
// seeds and on a 2025 created through the app with the recorded mergers applied.
describe.each(testBackends())("the unit page (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const as = (username: string) => demo.user(username);
  const page = async (user: SessionUser, code: string) =>
    getUnitPage(t.prisma, { user, unitId: await ids.unit(code) });

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  it("before 2025 exists, the successor's page is its own people's only", async () => {
    const leader = as("lanhdao.tnmt");
    // A leader of the successor only (its account, before 2025 exists).
    const ownLeader = {
      ...leader,
      grants: [
        {
          kind: "AGENCY_LEADER" as const,
          provinceId: leader.provinceId,
          blocId: null,
          unitId: await ids.unit("NNMT"),
        },
      ],
    };
    const own = await page(ownLeader, "NNMT");
    expect(own).toMatchObject({ name: NNMT, ownUnit: true, years: [], successors: [] });
    // Its predecessors are of years this leader may not see: named, not linked.
    expect(own?.predecessors.map((unit) => [unit.name, unit.viewable])).toEqual([
      [NNPTNT, false],
      [TNMT, false],
    ]);
    expect(await page(as("thuky.ktkt"), "NNMT")).toBeNull();
  });

  it("shows the successor of a merger applied by creating 2025: names, predecessors, its year", async () => {
    const secretariat = as("thuky.ktkt");
    await createNextYearThroughApp(t.prisma, secretariat, ids.y2024.id);
    const successor = await page(secretariat, "NNMT");
    expect(successor?.names).toEqual([{ name: NNMT, shortName: "NN&MT", from: "2025-03-01", until: null }]);
    expect(successor?.predecessors).toEqual([
      expect.objectContaining({ name: NNPTNT, effectiveOn: "2025-03-01", decisionRef: MERGER_DECISION_REF }),
      expect.objectContaining({ name: TNMT, effectiveOn: "2025-03-01", viewable: true }),
    ]);
    expect(successor?.years).toEqual([
      expect.objectContaining({
        year: 2025,
        blocName: KTKT,
        joinedOn: "2025-03-01",
        leftOn: null,
        name: NNMT,
        // A year just created has no score yet: "chưa có điểm", not a shared first place.
        result: { kind: "noScores" },
      }),
    ]);
  });

  it("shows a predecessor: its name until the day before the merger, its successor, its three years", async () => {
    const predecessor = await page(as("thuky.ktkt"), "TNMT");
    expect(predecessor?.names).toEqual([
      { name: TNMT, shortName: "TN&MT", from: "2016-01-01", until: "2025-02-28" },
    ]);
    expect(predecessor?.successors).toEqual([
      {
        unitId: await ids.unit("NNMT"),
        name: NNMT,
        effectiveOn: "2025-03-01",
        decisionRef: MERGER_DECISION_REF,
        viewable: true,
      },
    ]);
    expect(yearsOf(predecessor)).toEqual([
      [2023, TNMT, "ranked"],
      [2024, TNMT, "ranked"],
      [2025, TNMT, "notRanked"],
    ]);
    const left = predecessor?.years[2];
    expect(left).toMatchObject({ joinedOn: "2025-01-01", leftOn: "2025-03-01" });
    expect(left?.result).toEqual({ kind: "notRanked", reason: expect.stringContaining("rời khối") });
  });

  it("gives each year the rank, total and classification the rankings page shows", async () => {
    const secretariat = as("thuky.ktkt");
    const ranking = await getBlocRanking(t.prisma, { user: secretariat, blocId: demo.ktkt.id, year: 2024 });
    expect(ranking?.units).toHaveLength(8);
    for (const unit of ranking?.units ?? []) {
      const row = (await getUnitPage(t.prisma, { user: secretariat, unitId: unit.unitId }))?.years.find(
        (candidate) => candidate.year === 2024,
      );
      expect(row?.name).toBe(unit.name);
      expect(row?.result).toMatchObject({
        kind: "ranked",
        rank: unit.rank,
        total: unit.total,
        classification: unit.classification?.label ?? null,
      });
    }
  });

  it("reads a published year from its snapshot, under the name the unit bore that year", async () => {
    // The demo's 2023 is published (snapshot no. 1, at its review conference).
    const secretariat = as("thuky.ktkt");
    const y2025 = await t.prisma.blocYear.findFirstOrThrow({ where: { blocId: demo.ktkt.id, year: 2025 } });
    const khcn = await ids.unit("KHCN");
    const current = await t.prisma.unitName.findFirstOrThrow({ where: { unitId: khcn } });
    await renameUnit(
      t.prisma,
      secretariat,
      renameUnitSchema.parse({
        blocYearId: y2025.id,
        unitId: khcn,
        currentNameId: current.id,
        name: KHCN_2025,
        shortName: "KHCN&ĐMST",
        validFrom: "2025-06-01",
      }),
    );
    const renamed = await page(secretariat, "KHCN");
    expect(renamed?.name).toBe(KHCN_2025);
    expect(renamed?.names.map((period) => [period.name, period.from, period.until])).toEqual([
      [KHCN, "2016-01-01", "2025-05-31"],
      [KHCN_2025, "2025-06-01", null],
    ]);
    expect(yearsOf(renamed)).toEqual([
      [2023, KHCN, "ranked"],
      [2024, KHCN, "ranked"],
      [2025, KHCN_2025, "noScores"],
    ]);
    expect(renamed?.years[0]?.result).toMatchObject({ source: "published", snapshotNumber: 1 });
  });

  it.each([
    ["thuky.vhxh", "KHCN"],
    ["thuky.vhxh", "NNMT"],
    ["lanhdao.tnmt", "GDDT"],
    ["xem.ktkt", "YT"],
  ])("refuses %s the page of %s, as if it did not exist", async (username, code) => {
    expect(await page(as(username), code)).toBeNull();
    expect(await getUnitPage(t.prisma, { user: as(username), unitId: "no-such-unit" })).toBeNull();
  });

  it("shows a leader the provisional figures of other units exactly where the rankings page does", async () => {
    const leader = as("lanhdao.tnmt");
    const codes = ["KHCN", "TNMT", "GTVT", "XD", "CT", "NNPTNT", "BQLDA", "BQLKCN"];
    const withResultIn2024 = async () => {
      const shown: string[] = [];
      for (const code of codes) {
        const row = (await page(leader, code))?.years.find((candidate) => candidate.year === 2024);
        if (row?.result.kind === "ranked") shown.push(await ids.unit(code));
      }
      return shown.sort();
    };
    const rankedFor = async () =>
      ((await getBlocRanking(t.prisma, { user: leader, blocId: demo.ktkt.id, year: 2024 }))?.units ?? [])
        .map((unit) => unit.unitId)
        .sort();

    expect(await withResultIn2024()).toEqual([await ids.unit("TNMT")]);
    expect(await withResultIn2024()).toEqual(await rankedFor());
    expect((await page(leader, "KHCN"))?.years.map((row) => [row.year, row.result.kind])).toEqual([
      [2023, "ranked"],
      [2024, "withheld"],
      [2025, "withheld"],
    ]);

    const { version } = await t.prisma.blocYear.findUniqueOrThrow({ where: { id: ids.y2024.id } });
    await setProvisionalVisibility(
      t.prisma,
      as("thuky.ktkt"),
      setProvisionalVisibilitySchema.parse({ blocYearId: ids.y2024.id, version, visible: "true" }),
    );
    expect(await withResultIn2024()).toHaveLength(8);
    expect(await withResultIn2024()).toEqual(await rankedFor());
  });
  it("shows every successor of a unit split between two, on the page and in its notice", async () => {
    // In the 2025 created through the app, Ban QLDA is split between Sở Xây dựng and Sở Công Thương.
    const y2025 = await t.prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: 2025 },
      select: { id: true },
    });
    await putYearsInStage(t.prisma, [y2025.id], "DRAFT");
    const split = async (successor: string, endMemberships: boolean) =>
      mergeUnits(
        t.prisma,
        as("thuky.ktkt"),
        mergeUnitsSchema.parse({
          successorMode: "existing",
          successorUnitId: await ids.unit(successor),
          blocYearId: y2025.id,
          predecessorIds: [await ids.unit("BQLDA")],
          effectiveOn: "2025-06-01",
          decisionRef: "Quyết định chia tách Ban QLDA",
          endMemberships: endMemberships ? "on" : undefined,
        }),
      );
    await split("XD", true);
    await split("CT", false);

    const unit = await page(as("thuky.ktkt"), "BQLDA");
    expect(unit?.successors.map((s) => [s.name, s.effectiveOn, s.viewable])).toEqual([
      ["Sở Công Thương", "2025-06-01", true],
      ["Sở Xây dựng", "2025-06-01", true],
    ]);
    const notice = renderToStaticMarkup(createElement(SuccessorNotice, { successors: unit!.successors }));
    expect(notice).toContain(
      "Đơn vị đã được chia tách, tiếp nhận bởi <strong>Sở Công Thương</strong> từ ngày 01/06/2025 và <strong>Sở Xây dựng</strong> từ ngày 01/06/2025.",
    );
    // Each successor lists the unit among its predecessors.
    for (const code of ["XD", "CT"])
      expect((await page(as("thuky.ktkt"), code))?.predecessors.map((p) => p.unitId)).toContain(
        await ids.unit("BQLDA"),
      );
  });
});
