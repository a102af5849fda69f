import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditTable } from "@/components/audit/audit-table";
import { AUDIT_CODE_FAMILIES, AUDIT_ENTITIES } from "@/domain/audit";
import { stageAllows, type YearStage } from "@/domain/year-stages";
import { auditFilterSchema } from "@/schemas/audit/audit-filter";
import { setRotationRuleSchema } from "@/schemas/members/rotation-rule";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { createTaskSchema } from "@/schemas/tasks/create-task";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { setRotationRule } from "@/server/mutations/members/set-rotation-rule";
import { openCorrection } from "@/server/mutations/publishing/open-correction";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { createTask } from "@/server/mutations/tasks/create-task";
import { moveYearStage } from "@/server/mutations/year-stages/move-year-stage";
import { listAuditEvents } from "@/server/queries/audit/list-audit-events";
import type { AuditPage } from "@/server/queries/audit/load-audit-page";
import { demoWorld } from "../../factories/demo";
import { readyToPublish } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { prepareYear, type YearWorld } from "../publishing/published-year-world";
import { WRITE_ACTIONS } from "../publishing/published-year-writes";

const SECRETARIAT = "thuky.ktkt";
const CORRECTION = "Nhập sót điểm mục II.2 của Sở Tài nguyên và Môi trường";
const OPEN_STAGES: YearStage[] = ["DRAFT", "ACTIVE", "SCORING", "REVIEW"];
/** Accounts and the province's own records (its agency list) belong to no year: never in a year's log. */
const YEAR_ENTITIES = AUDIT_ENTITIES.filter((entity) => entity !== "User" && entity !== "Province");

/** The table's text as a reader sees it: tags removed, the few escaped characters restored. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** Every write an app user can make to the year, each in a stage that allows it. */
async function changeEverything(t: TestDatabase, w: YearWorld): Promise<void> {
  for (const action of WRITE_ACTIONS) {
    const stage = OPEN_STAGES.find((candidate) => stageAllows(candidate, action.activity))!;
    await putYearsInStage(t.prisma, [w.yearId], stage);
    try {
      await action.run(w);
    } catch (error) {
      // A write refused for a reason of its own (e.g. the year already has a table) writes nothing.
      if (!(error instanceof UserFacingError) || error instanceof ForbiddenError) throw error;
    }
  }
  await putYearsInStage(t.prisma, [w.yearId], "DRAFT");
  const bloc = await t.prisma.bloc.findFirstOrThrow({
    where: { years: { some: { id: w.yearId } } },
    select: { version: true },
  });
  await setRotationRule(
    t.prisma,
    w.as(SECRETARIAT),
    setRotationRuleSchema.parse({
      blocYearId: w.yearId,
      version: String(bloc.version),
      rotationRule: "MANUAL",
    }),
  );
  await createTask(
    t.prisma,
    w.as(SECRETARIAT),
    createTaskSchema.parse({
      blocYearId: w.yearId,
      title: "Triển khai kế hoạch chuyển đổi số năm 2024",
      ownerUnitId: w.unit("TNMT"),
      sourceMode: "new",
      newSourceCode: "45/KH-UBND",
      newSourceTitle: "Kế hoạch chuyển đổi số tỉnh năm 2024",
      newSourceIssuedOn: "15/02/2024",
      weight: "1",
      deadline: "30/11/2024",
      criterionId: w.taskCriterionId ?? "",
    }),
  );
  await putYearsInStage(t.prisma, [w.yearId], "SCORING");
  const scoring = await w.blocYear();
  await moveYearStage(t.prisma, w.as(SECRETARIAT), {
    blocYearId: w.yearId,
    version: scoring.version,
    to: "REVIEW",
  });
  const review = await w.blocYear();
  await publishYear(t.prisma, w.as(SECRETARIAT), {
    blocYearId: w.yearId,
    version: review.version,
    overrideReasons: await readyToPublish(t.prisma, { blocYearId: w.yearId }),
  });
  const published = await w.blocYear();
  await openCorrection(t.prisma, w.as(SECRETARIAT), {
    blocYearId: w.yearId,
    version: published.version,
    reason: CORRECTION,
  });
  const cell = await w.line("TNMT", "FINAL", "II.2");
  await saveScoreCell(
    t.prisma,
    w.as(SECRETARIAT),
    saveScoreCellSchema.parse({ ...cell, points: "4,5", version: String(cell.version) }),
  );
}

async function everyPage(t: TestDatabase, w: YearWorld): Promise<AuditPage[]> {
  const pages: AuditPage[] = [];
  for (let page = 1; page === 1 || page <= pages[0]!.pageCount; page++) {
    const filter = auditFilterSchema.parse({ page: String(page) });
    pages.push((await listAuditEvents(t.prisma, w.as(SECRETARIAT), { blocYearId: w.yearId, filter }))!);
  }
  return pages;
}

describe.each(testBackends())("the audit log reads in words after every kind of change (%s)", (kind) => {
  let t: TestDatabase;
  let pages: AuditPage[];
  let text: string;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    const w = await prepareYear(t.prisma, await demoWorld(t.prisma));
    await changeEverything(t, w);
    pages = await everyPage(t, w);
    text = pages
      .map((log) => visibleText(renderToStaticMarkup(createElement(AuditTable, { log, filtered: false }))))
      .join("\n");
  }, 240_000);
  afterAll(() => t.close());

  it("has a change of every kind of entity a year's log can hold", () => {
    const entities = new Set(pages.flatMap((log) => log.events.map((event) => event.entity)));
    expect(YEAR_ENTITIES.filter((entity) => !entities.has(entity))).toEqual([]);
  });

  it("shows no id, no code, no model name and no JSON", () => {
    expect(text.match(/\bc[a-z0-9]{20,}\b/g)).toBeNull();
    expect(text.match(/\b[A-Z]+(?:_[A-Z]+)+\b/g)).toBeNull();
    const codes = Object.values(AUDIT_CODE_FAMILIES).flatMap((labels) => Object.keys(labels));
    expect(codes.filter((code) => new RegExp(`\\b${code}\\b`).test(text))).toEqual([]);
    expect(AUDIT_ENTITIES.filter((entity) => new RegExp(`\\b${entity}\\b`).test(text))).toEqual([]);
    expect(text).not.toMatch(/[{}[\]]/);
    // Every stored field and value had its label: none fell back to a placeholder.
    expect(text).not.toMatch(/Dữ liệu khác|nội dung khác|\(không rõ\)/);
  });

  it("names units, criteria, documents and awards", () => {
    expect(text).toContain("Sở Tài nguyên và Môi trường");
    expect(text).toContain("45/KH-UBND – Kế hoạch chuyển đổi số tỉnh năm 2024");
    expect(text).toMatch(/Tiêu chí chấm: II?\.\d/);
    expect(text).toContain("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
    expect(text).toContain("Bầu tự do hằng năm");
  });

  it("gives a score edited during the correction the correction's reason", () => {
    const edits = pages
      .flatMap((log) => log.events)
      .filter((event) => event.entity === "ScoreLine" && event.newValue === 450);
    expect(edits.map((event) => event.reason)).toEqual([CORRECTION]);
  });
});
