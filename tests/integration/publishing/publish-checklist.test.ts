import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInVietnam } from "@/domain/calendar";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { UserFacingError } from "@/server/errors";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { createTask } from "@/server/mutations/tasks/create-task";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { listSnapshots } from "@/server/queries/publishing/list-snapshots";
import { loadYearMembers, rankedYearMembers } from "@/server/queries/members/year-members";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { enterMissingFinalScores } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const BLOCKED = "Chưa công bố được, cần xử lý trước: ";
const REASON_NEEDED = "Cần nêu lý do vẫn công bố cho: ";

describe.each(testBackends())("the publishing checklist (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const secretariat = () => demo.user("thuky.ktkt");
  const yearRow = (id: string) =>
    t.prisma.blocYear.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, version: true } });
  const move = async (id: string, to: "ACTIVE" | "SCORING" | "REVIEW", reason?: string) => {
    const { version } = await yearRow(id);
    await moveYearStage(t.prisma, secretariat(), { blocYearId: id, version, to, reason });
  };
  const publish = async (id: string, overrideReasons?: Record<string, string>) => {
    const { version } = await yearRow(id);
    return publishYear(t.prisma, secretariat(), { blocYearId: id, version, overrideReasons });
  };
  const checklist = (id: string) => getPublishChecklist(t.prisma, { blocYearId: id, asOf: todayInVietnam() });
  const openCodes = async (id: string) =>
    (await checklist(id)).filter((item) => item.open).map((item) => [item.code, item.severity]);
  /** Nothing changed by a refused publication: same stage and version, no snapshot. */
  const refusedUnchanged = async (id: string, work: () => Promise<unknown>, message: string) => {
    const before = await yearRow(id);
    const error = await work().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toContain(message);
    expect(await yearRow(id)).toEqual(before);
    expect(await t.prisma.resultSnapshot.count({ where: { blocYearId: id } })).toBe(0);
  };

  /** Publishes with a reason for each open item and checks the snapshot keeps them, hash intact. */
  async function publishWithOverrides(id: string) {
    const items = await checklist(id);
    const open = items.filter((item) => item.open && item.severity === "override");
    const reasons = Object.fromEntries(open.map((item) => [item.code, `Khối thống nhất: ${item.code}`]));
    const published = await publish(id, reasons);
    const snapshot = (await getLatestSnapshot(t.prisma, id))!;
    // The snapshot keeps them in a fixed order: by code.
    expect(snapshot.content.checklistOverrides).toEqual(
      [...open]
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((item) => ({
          code: item.code,
          message: item.message,
          reason: `Khối thống nhất: ${item.code}`,
          by: { userId: secretariat().id, displayName: secretariat().displayName },
        })),
    );
    expect(sha256(canonicalJson(snapshot.content))).toBe(published.contentHash);
    expect((await listSnapshots(t.prisma, id)).map((s) => s.intact)).toEqual([true]);
    const audited = await t.prisma.auditEvent.findMany({
      where: { blocYearId: id, field: "checklistOverride" },
      select: { actorId: true, action: true, newValue: true, reason: true },
    });
    expect(audited).toEqual(
      open.map((item) => ({
        actorId: secretariat().id,
        action: "publish",
        newValue: item.message,
        reason: `Khối thống nhất: ${item.code}`,
      })),
    );
    expect((await yearRow(id)).status).toBe("PUBLISHED");
    return open.map((item) => item.code);
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  describe("on a year created through the app", () => {
    let yearId: string;
    const manualCells = async () => {
      const criteria = await t.prisma.criterion.findMany({
        where: { kind: "MANUAL", scoreTable: { blocYearId: yearId } },
        select: { id: true, maxPoints: true },
      });
      // The units the year ranks: the score grid has no row for those that merged away on 01/03.
      const members = rankedYearMembers(await loadYearMembers(t.prisma, yearId));
      return members.flatMap((m) => criteria.map((c) => ({ unitId: m.unitId, criterion: c })));
    };
    const enterFinal = async (cells: Awaited<ReturnType<typeof manualCells>>) => {
      for (const { unitId, criterion } of cells) {
        await saveScoreCell(
          t.prisma,
          secretariat(),
          saveScoreCellSchema.parse({
            unitId,
            criterionId: criterion.id,
            stage: "FINAL",
            points: String(Math.floor(criterion.maxPoints / 200)),
            version: "0",
          }),
        );
      }
    };

    beforeAll(async () => {
      const ids = await ktktIds(t.prisma, demo);
      yearId = (await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id })).id;
      const owner = await t.prisma.membership.findFirstOrThrow({ where: { blocYearId: yearId } });
      await createTask(
        t.prisma,
        secretariat(),
        createTaskSchema.parse({
          blocYearId: yearId,
          title: "Báo cáo sơ kết quý I",
          ownerUnitId: owner.unitId,
          weight: "1",
          deadline: "2025-03-31",
          criterionId: "",
          sourceMode: "none",
        }),
      );
      await move(yearId, "ACTIVE");
      await move(yearId, "SCORING");
    }, 60_000);

    it("refuses publishing while a unit has no score on a criterion, whatever reasons are given", async () => {
      await enterFinal((await manualCells()).slice(0, 1));
      await move(yearId, "REVIEW");
      expect(await openCodes(yearId)).toContainEqual(["missingScores", "blocking"]);
      const [blocking] = (await checklist(yearId)).filter((item) => item.code === "missingScores");
      expect(blocking!.message).toMatch(
        /^\d+ đơn vị chưa có điểm ở tiêu chí chấm trực tiếp .* và \d+ mục khác\.$/,
      );
      await refusedUnchanged(yearId, () => publish(yearId), `${BLOCKED}${blocking!.message}`);
      await refusedUnchanged(
        yearId,
        () => publish(yearId, { missingScores: "Hội nghị đồng ý tính 0 điểm" }),
        BLOCKED,
      );
    });

    it("once scored, asks a reason for each open item, then publishes with them in the snapshot", async () => {
      await move(yearId, "SCORING", "Nhập đủ điểm chấm cuối trước khi công bố");
      await enterFinal((await manualCells()).slice(1));
      await move(yearId, "REVIEW");
      expect(await openCodes(yearId)).toEqual([["overdueOpenTasks", "override"]]);
      await refusedUnchanged(yearId, () => publish(yearId), REASON_NEEDED);
      await refusedUnchanged(
        yearId,
        () => publish(yearId, { candidatesWithoutDecision: "Không liên quan" }),
        REASON_NEEDED,
      );
      expect(await publishWithOverrides(yearId)).toEqual(["overdueOpenTasks"]);
    });
  });

  describe("on the seeded 2024", () => {
    let yearId: string;

    beforeAll(async () => {
      yearId = (await ktktIds(t.prisma, demo)).y2024.id;
      await move(yearId, "REVIEW");
    });

    it("refuses publishing with whole criteria unscored, naming units and criteria", async () => {
      const items = await checklist(yearId);
      const missing = items.find((item) => item.code === "missingScores")!;
      expect(missing).toMatchObject({ open: true, severity: "blocking" });
      // The seed's 2024 is half scored: three units have no cross-check yet, one only in section II.
      expect(missing.message).toMatch(
        /^5 đơn vị chưa có điểm ở tiêu chí chấm trực tiếp \(sẽ bị tính 0 điểm\): [^(]+ \(III\.1, III\.2\), [^(]+ \(II\.1, II\.2, II\.3, III\.1, III\.2\), .+ và 2 mục khác\.$/,
      );
      await refusedUnchanged(yearId, () => publish(yearId), BLOCKED);
    });

    it("publishes over the tasks still open past their deadline, with the reasons kept", async () => {
      await enterMissingFinalScores(t.prisma, yearId);
      const open = await openCodes(yearId);
      expect(open).toContainEqual(["overdueOpenTasks", "override"]);
      expect(open.every(([, severity]) => severity === "override")).toBe(true);
      expect(await publishWithOverrides(yearId)).toContain("overdueOpenTasks");
    });
  });
});
