import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import { buildStateDocument, defaultDocumentSettings } from "@/domain/documents";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import {
  fileObjectionSchema,
  openDisputeWindowSchema,
  resolveObjectionSchema,
} from "@/schemas/disputes/objection";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { closeDisputeWindow, openDisputeWindow } from "@/server/mutations/disputes/dispute-window";
import { fileObjection } from "@/server/mutations/disputes/file-objection";
import { resolveObjection } from "@/server/mutations/disputes/resolve-objection";
import { attachObjectionFile } from "@/server/mutations/evidence/attach-evidence-file";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { stateDocumentBuffer } from "@/server/documents/state-document-docx";
import { computeRanking } from "@/server/queries/compute-ranking";
import { getDocumentFacts } from "@/server/queries/documents/get-document-facts";
import { getLatestSnapshot } from "@/server/queries/publishing/get-latest-snapshot";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { enterMissingFinalScores, overrideReasonsFor } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "../members/world";

// Vietnam is UTC+7: 17:00 UTC is midnight there. The window opens on 1 Dec 2026 for 3 days.
const OPENING = new Date("2026-12-01T02:00:00Z");
const LAST_MINUTE = new Date("2026-12-03T16:59:00Z");
const DAY_AFTER = new Date("2026-12-03T17:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.7\n% biên bản đối chiếu\n");

// Issue 14, item 2: objections to a figure on a year created through the app (2025 from the
// demo's 2024, its mergers applied), from the window to the published snapshot and minutes.
describe.each(testBackends())("objections to a score in the dispute window (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let yearId: string;
  let ct: string;
  let xd: string;
  let leaves: { id: string; code: string; maxPoints: number }[];
  const secretariat = () => demo.user("thuky.ktkt");
  const leader = () => demo.user("lanhdao.congthuong");
  const version = async () =>
    (await t.prisma.blocYear.findUniqueOrThrow({ where: { id: yearId }, select: { version: true } })).version;
  const openWindow = async (days: number, now = OPENING) =>
    openDisputeWindow(
      t.prisma,
      secretariat(),
      openDisputeWindowSchema.parse({ blocYearId: yearId, version: await version(), days: String(days) }),
      now,
    );
  const file = (
    fields: { unitId?: string; leaf?: number; stage?: "FINAL" | "CROSS_CHECK"; reason?: string },
    options: { now?: Date; user?: ReturnType<typeof leader> } = {},
  ) =>
    fileObjection(
      t.prisma,
      options.user ?? leader(),
      fileObjectionSchema.parse({
        unitId: fields.unitId ?? ct,
        criterionId: leaves[fields.leaf ?? 0]!.id,
        stage: fields.stage ?? "FINAL",
        reason: fields.reason ?? "Đơn vị đã nộp báo cáo đúng hạn, có sổ công văn đến.",
      }),
      options.now ?? OPENING,
    );
  const resolve = async (objectionId: string, answer: Record<string, string>, user = secretariat()) => {
    const { version: current } = await t.prisma.objection.findUniqueOrThrow({
      where: { id: objectionId },
      select: { version: true },
    });
    return resolveObjection(
      t.prisma,
      user,
      resolveObjectionSchema.parse({ objectionId, version: String(current), ...answer }),
    );
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => "accepted",
      (error: unknown) => (error instanceof UserFacingError ? error.message : String(error)),
    );
  const totalOf = async (unitId: string) =>
    (await computeRanking(t.prisma, { blocYearId: yearId })).result.units.find(
      (unit) => unit.unitId === unitId,
    )!.total;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = await ktktIds(t.prisma, demo);
    yearId = await createNextYearThroughApp(t.prisma, secretariat(), ids.y2024.id);
    ct = await ids.unit("CT");
    xd = await ids.unit("XD");
    if (!leader().grants.some((grant) => grant.unitId === ct))
      throw new Error("the demo's lanhdao.congthuong should lead Sở Công Thương");
    await putYearsInStage(t.prisma, [yearId], "SCORING");
    await enterMissingFinalScores(t.prisma, yearId);
    const table = await t.prisma.scoreTable.findFirstOrThrow({
      where: { blocYearId: yearId },
      orderBy: { version: "desc" },
      select: {
        criteria: {
          where: { kind: "MANUAL", children: { none: {} } },
          orderBy: { code: "asc" },
          select: { id: true, code: true, maxPoints: true },
        },
      },
    });
    leaves = table.criteria;
    if (leaves.length < 3) throw new Error("the table should have at least three hand-scored leaves");
  }, 120_000);
  afterAll(() => t.close());

  it("takes objections only inside the window's days, in Vietnam's calendar", async () => {
    expect(await refusal(file({}))).toBe("Khối chưa mở thời hạn khiếu nại về điểm của năm này.");
    await expect(
      openDisputeWindow(
        t.prisma,
        leader(),
        openDisputeWindowSchema.parse({ blocYearId: yearId, version: await version(), days: "3" }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const { window } = await openWindow(3);
    expect(window).toEqual({ opensOn: "2026-12-01", closesOn: "2026-12-03" });
    expect(await refusal(file({}, { now: new Date("2026-11-30T16:59:00Z") }))).toBe(
      "Thời hạn khiếu nại bắt đầu từ ngày 01/12/2026.",
    );
    expect(await refusal(file({}, { now: DAY_AFTER }))).toBe(
      "Thời hạn khiếu nại đã kết thúc ngày 03/12/2026.",
    );
    const filed = await file({}, { now: LAST_MINUTE });
    expect(filed.number).toBe(1);

    // Ending the window makes today (1 Dec) its last day: the 2nd takes none; the log keeps both days.
    await closeDisputeWindow(
      t.prisma,
      secretariat(),
      { blocYearId: yearId, version: await version() },
      OPENING,
    );
    expect(await refusal(file({ leaf: 1 }, { now: new Date("2026-12-02T01:00:00Z") }))).toBe(
      "Thời hạn khiếu nại đã kết thúc ngày 01/12/2026.",
    );
    expect(
      await refusal(
        closeDisputeWindow(
          t.prisma,
          secretariat(),
          { blocYearId: yearId, version: await version() },
          OPENING,
        ),
      ),
    ).toBe("Hôm nay đã là ngày cuối của thời hạn khiếu nại.");
    const log = await t.prisma.auditEvent.findMany({
      where: { blocYearId: yearId, entity: "BlocYear", field: { startsWith: "dispute" } },
      orderBy: { at: "asc" },
      select: { field: true, oldValue: true, newValue: true },
    });
    expect(log).toEqual([
      { field: "disputeOpensOn", oldValue: null, newValue: "2026-12-01" },
      { field: "disputeClosesOn", oldValue: null, newValue: "2026-12-03" },
      { field: "disputeClosesOn", oldValue: "2026-12-03", newValue: "2026-12-01" },
    ]);
    await openWindow(3);
  });

  it("lets a leader object for their own unit only, once per figure, keeping the figure disputed", async () => {
    expect(await refusal(file({ unitId: xd, leaf: 1 }))).toBe(
      "Chỉ lãnh đạo của chính đơn vị mới gửi khiếu nại về điểm của đơn vị mình.",
    );
    await expect(file({ leaf: 1 }, { user: secretariat() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(file({ unitId: xd, leaf: 1 }, { user: demo.user("thuky.vhxh") })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await refusal(file({}))).toMatch(/^Điểm này đã có khiếu nại số 1 đang chờ giải quyết/);
    const stored = await t.prisma.objection.findFirstOrThrow({
      where: { blocYearId: yearId, number: 1 },
      select: { unitId: true, criterionId: true, stage: true, pointsObjected: true, status: true },
    });
    expect(stored).toEqual({
      unitId: ct,
      criterionId: leaves[0]!.id,
      stage: "FINAL",
      pointsObjected: Math.floor((leaves[0]!.maxPoints * 8) / 10),
      status: "OPEN",
    });
    // The cross-check figure of the same leaf is another figure; nobody cross-checked it yet.
    const cross = await file({ stage: "CROSS_CHECK" });
    const crossRow = await t.prisma.objection.findUniqueOrThrow({
      where: { id: cross.id },
      select: { pointsObjected: true },
    });
    expect(crossRow.pointsObjected).toBeNull();
    await resolve(cross.id, {
      decision: "reject",
      resolution: "Năm nay khối không chấm kiểm tra chéo tiêu chí này.",
    });
  });

  it("numbers two objections filed at once apart", async () => {
    const [a, b] = await Promise.all([file({ leaf: 1 }), file({ leaf: 2 })]);
    expect(new Set([a.number, b.number]).size).toBe(2);
    expect(Math.max(a.number, b.number)).toBe(4);
  });

  it("lets the objecting leader attach papers while it is open, nobody else", async () => {
    // Papers go in on the server's own day: a window around today.
    await openWindow(3, new Date());
    const objection = await t.prisma.objection.findFirstOrThrow({
      where: { blocYearId: yearId, number: 1 },
      select: { id: true },
    });
    const attached = await attachObjectionFile(t.prisma, leader(), {
      objectionId: objection.id,
      fileName: "so-cong-van.pdf",
      bytes: PDF,
    });
    expect(attached.fileName).toBe("so-cong-van.pdf");
    for (const username of ["thuky.ktkt", "lanhdao.tnmt", "thuky.vhxh"])
      await expect(
        attachObjectionFile(t.prisma, demo.user(username), {
          objectionId: objection.id,
          fileName: "x.pdf",
          bytes: PDF,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("changes the final score when accepted, audited with the objection's number; a rejection changes nothing", async () => {
    const [first, third] = await Promise.all(
      [1, 3].map((number) =>
        t.prisma.objection.findFirstOrThrow({ where: { blocYearId: yearId, number }, select: { id: true } }),
      ),
    );
    await expect(
      resolve(first!.id, { decision: "accept", points: "1", resolution: "Đúng" }, leader()),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const over = `${leaves[0]!.maxPoints / 100 + 1}`;
    expect(
      await refusal(resolve(first!.id, { decision: "accept", points: over, resolution: "Sai" })),
    ).toMatch(/không được vượt/);
    const before = await totalOf(ct);
    const newPoints = leaves[0]!.maxPoints;
    const disputed = Math.floor((leaves[0]!.maxPoints * 8) / 10);
    await resolve(first!.id, {
      decision: "accept",
      points: String(newPoints / 100).replace(".", ","),
      resolution: "Đối chiếu sổ công văn: báo cáo nộp đúng hạn.",
    });
    expect(await totalOf(ct)).toBe(before + newPoints - disputed);
    const line = await t.prisma.scoreLine.findFirstOrThrow({
      where: { criterionId: leaves[0]!.id, sheet: { blocYearId: yearId, unitId: ct, stage: "FINAL" } },
      select: { id: true, points: true, explanation: true },
    });
    expect(line.points).toBe(newPoints);
    expect(line.explanation).toBe("Chấp nhận khiếu nại số 1: Đối chiếu sổ công văn: báo cáo nộp đúng hạn.");
    const audit = await t.prisma.auditEvent.findMany({
      where: { blocYearId: yearId, OR: [{ entityId: line.id }, { entityId: first!.id }] },
      orderBy: { at: "asc" },
      select: { entity: true, action: true, field: true, oldValue: true, newValue: true, reason: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          entity: "ScoreLine",
          action: "update",
          field: "points",
          oldValue: disputed,
          newValue: newPoints,
          reason: "Chấp nhận khiếu nại số 1",
        },
        {
          entity: "Objection",
          action: "accept-objection",
          field: "status",
          oldValue: "OPEN",
          newValue: "ACCEPTED",
          reason: "Đối chiếu sổ công văn: báo cáo nộp đúng hạn.",
        },
      ]),
    );
    expect(await refusal(resolve(first!.id, { decision: "reject", resolution: "Đổi ý" }))).toBe(
      "Khiếu nại số 1 đã được giải quyết.",
    );
    expect(
      await refusal(
        attachObjectionFile(t.prisma, leader(), { objectionId: first!.id, fileName: "b.pdf", bytes: PDF }),
      ),
    ).toBe("Khiếu nại số 1 đã được giải quyết: không đổi tệp kèm theo nữa.");

    const total = await totalOf(ct);
    await resolve(third!.id, { decision: "reject", resolution: "Biên bản kiểm tra ghi nhận đúng điểm." });
    expect(await totalOf(ct)).toBe(total);
    expect(
      await t.prisma.objection.findUniqueOrThrow({ where: { id: third!.id }, select: { status: true } }),
    ).toEqual({ status: "REJECTED" });
  });

  it("holds publishing on an open objection until a reason is given, then freezes every objection in the snapshot and the minutes", async () => {
    await putYearsInStage(t.prisma, [yearId], "REVIEW");
    const items = await getPublishChecklist(t.prisma, { blocYearId: yearId, asOf: "2026-12-02" });
    const item = items.find((entry) => entry.code === "openObjections");
    expect(item).toMatchObject({ open: true, severity: "override" });
    expect(item?.message).toMatch(/^1 khiếu nại về điểm chưa được giải quyết: số 4 \(/);
    const reasons = await overrideReasonsFor(t.prisma, { blocYearId: yearId });
    const { openObjections: objectionReason, ...others } = reasons;
    expect(objectionReason).toBeDefined();
    expect(
      await refusal(
        publishYear(t.prisma, secretariat(), {
          blocYearId: yearId,
          version: await version(),
          overrideReasons: others,
        }),
      ),
    ).toMatch(/^Cần nêu lý do vẫn công bố cho: 1 khiếu nại về điểm chưa được giải quyết/);
    await publishYear(t.prisma, secretariat(), {
      blocYearId: yearId,
      version: await version(),
      overrideReasons: reasons,
    });

    const snapshot = (await getLatestSnapshot(t.prisma, yearId))!.content as unknown as SnapshotContent;
    expect(snapshot.format).toBe(3);
    expect(
      snapshot.objections?.map((o) => [o.number, o.unitId, o.stage, o.status, o.resolvedPoints]),
    ).toEqual([
      [1, ct, "FINAL", "ACCEPTED", leaves[0]!.maxPoints],
      [2, ct, "CROSS_CHECK", "REJECTED", null],
      [3, ct, "FINAL", "REJECTED", null],
      [4, ct, "FINAL", "OPEN", null],
    ]);
    expect(snapshot.objections?.[0]).toMatchObject({
      criterionCode: leaves[0]!.code,
      reason: "Đơn vị đã nộp báo cáo đúng hạn, có sổ công văn đến.",
      resolution: "Đối chiếu sổ công văn: báo cáo nộp đúng hạn.",
      filedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(snapshot.checklistOverrides?.map((o) => o.code)).toContain("openObjections");

    const facts = await getDocumentFacts(t.prisma, secretariat(), { blocYearId: yearId });
    if (facts.kind !== "published") throw new Error(`expected a published year, got ${facts.kind}`);
    const settings = defaultDocumentSettings("bien-ban", {
      blocCode: "KTKT",
      province: facts.province,
      publishedOn: "2026-12-05",
    });
    const buffer = await stateDocumentBuffer(buildStateDocument("bien-ban", facts.facts, settings));
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain("Khiếu nại về kết quả chấm điểm và việc giải quyết");
    expect(text).toMatch(
      new RegExp(
        `Khiếu nại số 1 của [^\\n]+ về điểm chấm cuối tiêu chí ${leaves[0]!.code.replace(".", "\\.")} .*Được chấp nhận ngày`,
      ),
    );
    expect(text).toContain("Chưa được giải quyết khi công bố kết quả.");
  });
});
