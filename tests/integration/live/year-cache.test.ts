import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseListener } from "@/server/notify/channel";
import { ChangeFeed } from "@/server/notify/change-feed";
import { listenForChanges } from "@/server/notify/listen-database";
import { YearCache } from "@/server/cache/year-cache";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { loadYearResult, type YearResultLoader } from "@/server/queries/load-year-result";
import { yearLoaders } from "@/server/cache/year-loaders";
import { computeRanking } from "@/server/queries/compute-ranking";
import { gridChangesFor } from "@/server/queries/scoring/get-grid-update";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { loadFullConferenceData } from "@/server/queries/conference/get-conference-data";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { lineOf, scoringWorld } from "../scoring/scoring-world";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

describe.each(testBackends())(
  "the per-instance year cache, dropped by the database's change notices (%s)",
  (kind) => {
    let t: TestDatabase;
    let demo: DemoWorld;
    let listener: DatabaseListener;
    const feed = new ChangeFeed();
    const cache = () => new YearCache(async (blocYearId, onChange) => feed.subscribe(blocYearId, onChange));
    const ktkt2024 = () =>
      t.prisma.blocYear.findFirstOrThrow({
        where: { blocId: demo.ktkt.id, year: 2024 },
        select: { id: true, status: true },
      });

    beforeAll(async () => {
      t = await openTestDatabase(kind, "demo");
      demo = await demoWorld(t.prisma);
      listener = await listenForChanges(
        t.backend,
        { onChange: (id) => feed.publish(id), onResync: () => feed.publishAll() },
        { firstDelayMs: 20 },
      );
    });
    afterAll(async () => {
      await listener.close();
      await t.close();
    });

    it("loads once for many readers, and again only after a committed change or on another variant", async () => {
      const { id } = await ktkt2024();
      const years = cache();
      let loads = 0;
      const load = async () => ++loads;
      const key = { kind: "count", blocYearId: id, variant: "a" };
      expect(await Promise.all([years.get(key, load), years.get(key, load), years.get(key, load)])).toEqual([
        1, 1, 1,
      ]);
      await t.prisma.blocYear.update({ where: { id }, data: { version: { increment: 1 } } });
      await expect.poll(() => years.get(key, load), { timeout: 5_000 }).toBe(2);
      expect(await years.get({ ...key, variant: "b" }, load)).toBe(3);
      expect(await years.get({ ...key, variant: "b" }, load)).toBe(3);
      expect(years.size).toBe(1);
      // The process that committed a change forgets the year at once, before any notice arrives.
      years.forget(id);
      expect(years.size).toBe(0);
      expect(await years.get({ ...key, variant: "b" }, load)).toBe(4);
    });

    it("keeps nothing when the load fails or the process cannot listen", async () => {
      const { id } = await ktkt2024();
      const years = cache();
      await expect(
        years.get({ kind: "boom", blocYearId: id, variant: "" }, () => Promise.reject(new Error("lỗi tải"))),
      ).rejects.toThrow("lỗi tải");
      expect(years.size).toBe(0);
      const deaf = new YearCache(() => Promise.reject(new Error("không LISTEN được")));
      let loads = 0;
      const key = { kind: "count", blocYearId: id, variant: "" };
      await deaf.get(key, async () => ++loads);
      await expect.poll(() => deaf.get(key, async () => ++loads)).toBeGreaterThan(1);
      expect(deaf.size).toBe(0);
    });

    it("serves a ranking that follows a task completed after it was first computed", async () => {
      const years = cache();
      const loader: YearResultLoader = (blocYear) =>
        years.get({ kind: "year-result", blocYearId: blocYear.id, variant: blocYear.status }, () =>
          loadYearResult(t.prisma, blocYear),
        );
      const where = { user: demo.user("thuky.ktkt"), blocId: demo.ktkt.id, year: 2024 };
      const ownerOf = async (taskId: string) =>
        (await t.prisma.task.findUniqueOrThrow({ where: { id: taskId }, select: { ownerUnitId: true } }))
          .ownerUnitId;
      const task = await t.prisma.task.findFirstOrThrow({
        where: { blocYear: { blocId: demo.ktkt.id, year: 2024 }, status: "NOT_DONE" },
        select: { id: true },
      });
      const unitId = await ownerOf(task.id);
      const totalOf = async () =>
        (await getBlocRanking(t.prisma, where, loader))!.units.find((unit) => unit.unitId === unitId)!.total;
      const before = await totalOf();
      expect(await totalOf()).toBe(before);
      await t.prisma.task.update({
        where: { id: task.id },
        data: { status: "DONE", completedOn: new Date("2024-06-01"), completionShare: 10_000 },
      });
      await expect.poll(totalOf, { timeout: 5_000 }).toBeGreaterThan(before);
      const uncached = await getBlocRanking(t.prisma, where);
      expect(await totalOf()).toBe(uncached!.units.find((unit) => unit.unitId === unitId)!.total);
    });

    it("after a saved score reads only the score lines again, after a task change only the tasks", async () => {
      const w = await scoringWorld(t.prisma, demo);
      const loads: string[] = [];
      const counted = new YearCache(async (blocYearId, onChange) => feed.subscribe(blocYearId, onChange));
      const get = counted.get.bind(counted);
      counted.get = (key, load, options) => get(key, () => (loads.push(key.kind), load()), options);
      const { liveRanking } = yearLoaders(t.prisma, counted);
      const totalOf = async (unitId: string) =>
        (await liveRanking(w.blocYearId)).result.units.find((unit) => unit.unitId === unitId)?.total;
      const fresh = async (unitId: string) =>
        (await computeRanking(t.prisma, { blocYearId: w.blocYearId, tallied: true })).result.units.find(
          (unit) => unit.unitId === unitId,
        )?.total;
      await liveRanking(w.blocYearId);
      expect(loads.sort()).toEqual(["live-ranking", "rows:score-lines", "rows:tallied-tasks", "rows:year"]);

      loads.length = 0;
      const target = { unitId: w.gtvt, criterionId: w.leaf("II.1"), stage: "FINAL" as const };
      const line = await lineOf(t.prisma, target);
      const scored = await totalOf(w.gtvt);
      await saveScoreCell(
        t.prisma,
        demo.user("thuky.ktkt"),
        saveScoreCellSchema.parse({
          ...target,
          points: line?.points === 500 ? "4" : "5",
          version: line?.version ?? 0,
        }),
      );
      await expect.poll(() => totalOf(w.gtvt), { timeout: 5_000 }).not.toBe(scored);
      expect(await totalOf(w.gtvt)).toBe(await fresh(w.gtvt));
      expect(loads.filter((kind) => kind.startsWith("rows:"))).toEqual(["rows:score-lines"]);

      loads.length = 0;
      const task = await t.prisma.task.findFirstOrThrow({
        where: { blocYearId: w.blocYearId, status: "NOT_DONE", criterionId: { not: null } },
        select: { id: true, ownerUnitId: true },
      });
      const tasked = await totalOf(task.ownerUnitId);
      await t.prisma.task.update({
        where: { id: task.id },
        data: { status: "DONE", completedOn: new Date("2024-06-01"), completionShare: 10_000 },
      });
      await expect.poll(() => totalOf(task.ownerUnitId), { timeout: 5_000 }).not.toBe(tasked);
      expect(await totalOf(task.ownerUnitId)).toBe(await fresh(task.ownerUnitId));
      expect(loads.filter((kind) => kind.startsWith("rows:"))).toEqual(["rows:tallied-tasks"]);

      // Any other change (here the year's own row) reloads every part.
      loads.length = 0;
      await t.prisma.blocYear.update({ where: { id: w.blocYearId }, data: { version: { increment: 1 } } });
      await expect.poll(() => liveRanking(w.blocYearId).then(() => loads.length), { timeout: 5_000 }).toBe(4);
      expect(loads.sort()).toEqual(["live-ranking", "rows:score-lines", "rows:tallied-tasks", "rows:year"]);
    });

    it("runs the engine once per saved score, however many rankings, grids and screens read the year", async () => {
      const w = await scoringWorld(t.prisma, demo);
      const user = demo.user("thuky.ktkt");
      let engineRuns = 0;
      const { yearResult, liveRanking } = yearLoaders(t.prisma, cache(), (prisma, options) => {
        engineRuns += 1;
        return computeRanking(prisma, options);
      });
      const where = { user, blocId: demo.ktkt.id, year: 2024 };
      const readEverything = async () => {
        const [ranking, grid, screen, gridChanges] = await Promise.all([
          getBlocRanking(t.prisma, where, yearResult),
          getScoreGrid(
            t.prisma,
            user,
            { blocYearId: w.blocYearId, stage: "FINAL", order: "name" },
            liveRanking,
          ),
          loadFullConferenceData(t.prisma, user, { blocYearId: w.blocYearId }, yearResult),
          // A second secretary's grid on screen, told of the save by the year's change stream.
          gridChangesFor(
            t.prisma,
            user,
            { blocYearId: w.blocYearId, stage: "FINAL", since: new Date(0) },
            liveRanking,
          ),
        ]);
        const totalIn = (rows: { unitId: string; total: number | null }[] | undefined) =>
          rows?.find((row) => row.unitId === w.gtvt)?.total;
        return [
          totalIn(ranking?.units),
          totalIn(grid?.rows),
          totalIn(screen?.data.rows),
          gridChanges?.standings[w.gtvt]?.total,
        ];
      };
      const before = await readEverything();
      await readEverything();
      expect(engineRuns).toBe(1);

      const target = { unitId: w.gtvt, criterionId: w.leaf("II.1"), stage: "FINAL" as const };
      const line = await lineOf(t.prisma, target);
      const points = line?.points === 500 ? "4" : "5";
      await saveScoreCell(
        t.prisma,
        user,
        saveScoreCellSchema.parse({ ...target, points, version: line?.version ?? 0 }),
      );
      await expect.poll(async () => (await readEverything())[1], { timeout: 5_000 }).not.toBe(before[1]);
      const after = await readEverything();
      expect(new Set(after).size).toBe(1);
      expect(after[0]).not.toBe(before[0]);
      expect(engineRuns).toBe(2);
    });
  },
);
