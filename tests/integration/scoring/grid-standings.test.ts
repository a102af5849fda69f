import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { computeRanking } from "@/server/queries/compute-ranking";
import type { SessionUser } from "@/server/auth/session-user";
import { gridUpdateFor } from "@/server/queries/scoring/get-grid-update";
import { findGridYear, getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createUserWithGrants } from "../../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { lineOf, scoringWorld } from "./scoring-world";

describe.each(testBackends())(
  "the places, totals and others' changes a saved score sends back to the grid (%s)",
  (kind) => {
    let t: TestDatabase;
    let demo: DemoWorld;
    let w: Awaited<ReturnType<typeof scoringWorld>>;
    const live = (blocYearId: string) => computeRanking(t.prisma, { blocYearId });
    // The two halves of what a save sends back (gridUpdateFor), for a year the user may view.
    const gridUpdate = async (
      user: SessionUser,
      options: { blocYearId: string; stage: "CROSS_CHECK" | "FINAL"; since: Date | null },
      loader: typeof live,
    ) => {
      const year = await findGridYear(t.prisma, user, options.blocYearId);
      return year && gridUpdateFor(t.prisma, user, year, options, loader);
    };
    const standingsFor = async (user: SessionUser, blocYearId: string, loader: typeof live) =>
      (await gridUpdate(user, { blocYearId, stage: "FINAL", since: null }, loader))?.standings ?? null;
    const changedFor = async (
      user: SessionUser,
      options: { blocYearId: string; stage: "CROSS_CHECK" | "FINAL"; since: Date },
    ) => (await gridUpdate(user, options, live))?.changed ?? [];

    beforeAll(async () => {
      t = await openTestDatabase(kind, "demo");
      demo = await demoWorld(t.prisma);
      w = await scoringWorld(t.prisma, demo);
    });
    afterAll(() => t.close());

    it("are the grid's own places and totals after the save, for the same rows", async () => {
      const user = demo.user("thuky.ktkt");
      const target = { unitId: w.gtvt, criterionId: w.leaf("II.1"), stage: "FINAL" as const };
      const line = await lineOf(t.prisma, target);
      const before = await standingsFor(user, w.blocYearId, live);
      const points = line?.points === 300 ? "2" : "3";
      await saveScoreCell(
        t.prisma,
        user,
        saveScoreCellSchema.parse({ ...target, points, version: line?.version ?? 0 }),
      );
      const after = await standingsFor(user, w.blocYearId, live);
      const grid = await getScoreGrid(t.prisma, user, {
        blocYearId: w.blocYearId,
        stage: "FINAL",
        order: "name",
      });
      expect(after?.[w.gtvt]?.total).not.toBe(before?.[w.gtvt]?.total);
      expect(after).toEqual(
        Object.fromEntries(grid!.rows.map((row) => [row.unitId, { rank: row.rank, total: row.total }])),
      );
    });

    it("show a unit's leader their own row only while the year is not published, and nobody outside the bloc anything", async () => {
      const leader = demo.user("lanhdao.tnmt");
      expect(Object.keys((await standingsFor(leader, w.blocYearId, live)) ?? {})).toEqual([w.tnmt]);
      await expect(standingsFor(demo.user("thuky.vhxh"), w.blocYearId, live)).resolves.toBeNull();
    });

    it("bring the cells others saved since the grid was read, in the rows the user may see", async () => {
      const secretary = demo.user("thuky.ktkt");
      const grid = await getScoreGrid(t.prisma, secretary, {
        blocYearId: w.blocYearId,
        stage: "CROSS_CHECK",
        order: "name",
      });
      const since = new Date(grid!.loadedAt);
      await expect(
        changedFor(secretary, { blocYearId: w.blocYearId, stage: "CROSS_CHECK", since }),
      ).resolves.toEqual([]);
      const target = { unitId: w.tnmt, criterionId: w.leaf("III.2"), stage: "CROSS_CHECK" as const };
      const line = await lineOf(t.prisma, target);
      const saved = await saveScoreCell(
        t.prisma,
        demo.user("admin.yenbai"),
        saveScoreCellSchema.parse({
          ...target,
          points: line?.points === 400 ? "5" : "4",
          version: line?.version ?? 0,
        }),
      );
      const changed = await changedFor(secretary, {
        blocYearId: w.blocYearId,
        stage: "CROSS_CHECK",
        since,
      });
      expect(changed).toEqual([
        {
          unitId: w.tnmt,
          criterionId: target.criterionId,
          cell: expect.objectContaining({
            lineId: saved.lineId,
            points: saved.points,
            version: saved.version,
          }),
        },
      ]);
      // Other stages, and a leader of another unit before publication, hear nothing of it.
      await expect(
        changedFor(secretary, { blocYearId: w.blocYearId, stage: "FINAL", since }),
      ).resolves.toEqual([]);
      const gtvtLeader = await createUserWithGrants(t.prisma, {
        username: "lanhdao.gtvt.thay-doi",
        displayName: "Lãnh đạo Sở Giao thông vận tải",
        provinceId: secretary.provinceId,
        grants: [{ kind: "AGENCY_LEADER", unitId: w.gtvt }],
      });
      const quiet = { blocYearId: w.blocYearId, stage: "CROSS_CHECK" as const, since };
      await expect(changedFor(gtvtLeader, quiet)).resolves.toEqual([]);
      await expect(changedFor(demo.user("lanhdao.tnmt"), quiet)).resolves.toHaveLength(1);
    });

    it("name the lines removed since the grid was read (cells saved blank), once each", async () => {
      const secretary = demo.user("thuky.ktkt");
      const target = { unitId: w.gtvt, criterionId: w.leaf("III.2"), stage: "CROSS_CHECK" as const };
      const before = await lineOf(t.prisma, target);
      const typed = await saveScoreCell(
        t.prisma,
        secretary,
        saveScoreCellSchema.parse({
          ...target,
          points: before?.points === 300 ? "2" : "3",
          version: before?.version ?? 0,
        }),
      );
      const since = new Date();
      const removedFor = async () =>
        (await gridUpdate(secretary, { blocYearId: w.blocYearId, stage: "CROSS_CHECK", since }, live))
          ?.removed;
      await expect(removedFor()).resolves.toEqual([]);
      // Saved blank by someone else: its explanation and points go, one audit event each.
      await saveScoreCell(
        t.prisma,
        demo.user("admin.yenbai"),
        saveScoreCellSchema.parse({ ...target, points: "", version: typed.version }),
      );
      await expect(lineOf(t.prisma, target)).resolves.toBeNull();
      await expect(removedFor()).resolves.toEqual([typed.lineId]);
    });
  },
);
