import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MinutesBody } from "@/app/(signed-in)/khoi/[blocId]/[year]/bien-ban/minutes-body";
import { ResultsTable } from "@/components/conference/results-table";
import { fromIsoDay } from "@/domain/calendar";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { isMemberOn } from "@/domain/membership";
import { UserFacingError } from "@/server/errors";
import { buildRankingWorkbook } from "@/server/excel/ranking-export";
import { readTaskSheet } from "@/server/excel/read-task-sheet";
import { buildTaskTemplate } from "@/server/excel/task-template";
import { saveBallotTally } from "@/server/mutations/awards/save-ballot-tally";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { createNextBlocYear, previewNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { savePledge } from "@/server/mutations/pledge/save-pledge";
import { saveSignature } from "@/server/mutations/pledge/save-signature";
import { publishYear } from "@/server/mutations/publishing/publish-year";
import { importTasks } from "@/server/mutations/tasks/import-tasks";
import { getAwardsBoard } from "@/server/queries/awards/get-awards-board";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getPublicResults } from "@/server/queries/conference/get-public-results";
import { getBlocYearOverview } from "@/server/queries/get-bloc-year-overview";
import { listVisibleBlocs } from "@/server/queries/list-visible-blocs";
import { getMembersPage } from "@/server/queries/members/get-members-page";
import { getPledgePage } from "@/server/queries/pledge/get-pledge-page";
import { getBlocRanking } from "@/server/queries/rankings/get-bloc-ranking";
import { getScoreGrid } from "@/server/queries/scoring/get-score-grid";
import { getTaskFormOptions } from "@/server/queries/tasks/task-form-options";
import { getTaskYear } from "@/server/queries/tasks/task-year";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { taskWorkbook } from "../../fixtures/task-workbook";
import { readyToPublish } from "../../support/publish-checklist";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { putYearsInStage } from "../../support/year-stage";
import { ktktIds } from "./world";

/** The 2025 members after the mergers of 01/03/2025, under their 2025 names. */
const NAMES_2025 = [
  "Ban Quản lý các khu công nghiệp",
  "Ban Quản lý dự án đầu tư xây dựng tỉnh",
  "Sở Công Thương",
  "Sở Khoa học và Công nghệ",
  "Sở Nông nghiệp và Môi trường",
  "Sở Xây dựng",
];
/** The units that merged away on 01/03/2025. */
const DEPARTED = ["GTVT", "TNMT", "NNPTNT"] as const;
const DEPARTED_NAMES = [
  "Sở Giao thông vận tải",
  "Sở Tài nguyên và Môi trường",
  "Sở Nông nghiệp và Phát triển nông thôn",
];
const sorted = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b, "vi"));

const minutesHtml = (data: ConferenceData) =>
  renderToStaticMarkup(
    MinutesBody({ data, children: createElement(ResultsTable, { results: data, caption: "Bảng" }) }),
  );

async function workbookText(buffer: ArrayBuffer | Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
  return cells.join("\n");
}

describe.each(testBackends())("members on a date, one answer everywhere (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let year: { id: string; version: number };
  let departedIds: string[];
  const secretariat = () => demo.user("thuky.ktkt");
  const key = () => ({ blocId: demo.ktkt.id, year: 2025 });

  /** No departed unit's id or name anywhere in what a page or document shows. */
  function expectNoDeparted(shown: unknown) {
    const text = typeof shown === "string" ? shown : JSON.stringify(shown);
    for (const id of departedIds) expect(text).not.toContain(id);
    for (const name of DEPARTED_NAMES) expect(text).not.toContain(name);
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const ids = await ktktIds(t.prisma, demo);
    departedIds = await Promise.all(DEPARTED.map((code) => ids.unit(code)));
    // 2025 as the secretariat creates it: from 2024, with the recorded mergers of 01/03/2025 applied.
    const preview = await previewNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    const created = await createNextBlocYear(t.prisma, secretariat(), {
      fromBlocYearId: ids.y2024.id,
      previewStamp: preview.stamp,
    });
    year = { id: created.id, version: 0 };
    // The pledge is signed at the bloc's meeting of 15/03/2025, after the mergers.
    await savePledge(t.prisma, secretariat(), {
      blocYearId: year.id,
      version: 0,
      title: "Giao ước thi đua năm 2025",
      body: "Các đơn vị thành viên cam kết…",
      signedOn: fromIsoDay("2025-03-15"),
    });
  });
  afterAll(() => t.close());

  it("lists the departed units on the members page only, with their leaving date", async () => {
    const page = await getMembersPage(t.prisma, secretariat(), year.id);
    const leaving = page!.members.filter((member) => member.leftOn !== null);
    expect(sorted(leaving.map((member) => member.unitId))).toEqual(sorted(departedIds));
    expect(leaving.map((member) => member.leftOn)).toEqual(Array(3).fill(fromIsoDay("2025-03-01")));
    expect(page!.members).toHaveLength(9);
  });

  it("counts 6 members on the bloc list and the overview, which names the 3 that left", async () => {
    const blocs = await listVisibleBlocs(t.prisma, secretariat());
    const y2025 = blocs.find((bloc) => bloc.id === demo.ktkt.id)?.years.find((y) => y.year === 2025);
    expect(y2025?.memberCount).toBe(6);
    const overview = await getBlocYearOverview(t.prisma, { user: secretariat(), ...key() });
    expect(sorted(overview!.members.map((member) => member.name))).toEqual(NAMES_2025);
    expect(overview).toMatchObject({ membersOn: "2025-12-31", departed: 3 });
    expect(overview?.pledge).toMatchObject({ owed: 6, signed: 0 });
    expectNoDeparted(overview!.members);
  });

  it("asks a signature of the 6 members on the pledge's day and refuses one from a unit that left", async () => {
    const page = await getPledgePage(t.prisma, secretariat(), year.id);
    expect(sorted(page!.signers.map((member) => member.name))).toEqual(NAMES_2025);
    expect(sorted(page!.members.map((member) => member.name))).toEqual(NAMES_2025);
    expectNoDeparted(page!.signers);
    const sign = (unitId: string) =>
      saveSignature(t.prisma, secretariat(), {
        blocYearId: year.id,
        unitId,
        version: 0,
        signerName: "Nguyễn Văn A",
        signerTitle: "Giám đốc",
        signedOn: fromIsoDay("2025-03-15"),
      });
    await expect(sign(departedIds[0]!)).rejects.toThrow(
      "Đơn vị này không là thành viên của khối vào ngày ký giao ước (15/03/2025), nên giao ước không có dòng ký của đơn vị.",
    );
    await sign(page!.signers[0]!.unitId);
    const overview = await getBlocYearOverview(t.prisma, { user: secretariat(), ...key() });
    expect(overview?.pledge).toMatchObject({ owed: 6, signed: 1 });
  });

  it("offers task owners by the deadline, lists the template's owners and refuses an import row for a departed unit", async () => {
    const options = await getTaskFormOptions(
      t.prisma,
      await getTaskYear(t.prisma, { user: secretariat(), blocYearId: year.id }),
    );
    const ownersOn = (day: string) => options.members.filter((member) => isMemberOn(member, day)).length;
    expect([ownersOn(options.ownerDay), ownersOn("2025-02-28"), ownersOn("2025-03-01")]).toEqual([6, 8, 6]);
    expect(sorted(options.templateMembers.map((member) => member.name))).toEqual(NAMES_2025);
    const template = await buildTaskTemplate({
      year: 2025,
      blocName: "KTKT",
      members: options.templateMembers,
      sourceDocuments: options.sourceDocuments,
    });
    expectNoDeparted(await workbookText(template));

    const outcome = await importTasks(t.prisma, secretariat(), {
      blocYearId: year.id,
      rows: await readTaskSheet(
        await taskWorkbook([
          ["Nhiệm vụ của GTVT trước khi hợp nhất", "GTVT", null, 1, "15/02/2025"],
          ["Nhiệm vụ của GTVT sau khi hợp nhất", "GTVT", null, 1, "30/06/2025"],
        ]),
      ),
      fileName: "nhiem-vu-2025.xlsx",
    });
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      {
        row: 3,
        column: "Đơn vị chủ trì (tên hoặc tên viết tắt)",
        message:
          "Không thể giao nhiệm vụ hạn 30/06/2025 cho đơn vị này: đơn vị là thành viên từ 01/01/2025 đến trước 01/03/2025 (rời khối ngày 01/03/2025). Hãy chọn đơn vị là thành viên vào ngày đến hạn hoặc đổi hạn hoàn thành.",
      },
    ]);
  });

  it("gives the score grid, score entry, the ballot and the quorum the 6 ranked members", async () => {
    await putYearsInStage(t.prisma, [year.id], "SCORING");
    const grid = await getScoreGrid(t.prisma, secretariat(), {
      blocYearId: year.id,
      stage: "FINAL",
      order: "name",
    });
    expect(sorted(grid!.rows.map((row) => row.name))).toEqual(NAMES_2025);
    expectNoDeparted(grid!.rows);
    const leaf = await t.prisma.criterion.findFirstOrThrow({
      where: { kind: "MANUAL", children: { none: {} }, scoreTable: { blocYearId: year.id } },
      select: { id: true },
    });
    const score = (unitId: string) =>
      saveScoreCell(
        t.prisma,
        secretariat(),
        saveScoreCellSchema.parse({ unitId, criterionId: leaf.id, stage: "FINAL", points: "5", version: 0 }),
      );
    await expect(score(departedIds[0]!)).rejects.toThrow(
      "Đơn vị này rời khối ngày 01/03/2025, trước cuối năm, nên không được xếp hạng năm 2025; không nhập điểm cho đơn vị.",
    );
    await expect(score(grid!.rows[0]!.unitId)).resolves.toMatchObject({ points: 500 });
    const board = await getAwardsBoard(t.prisma, { blocYearId: year.id, user: secretariat() });
    expect(sorted(board.members.map((member) => member.name))).toEqual(NAMES_2025);
    expect(board.voters).toBe(6);
    const tally = (votersPresent: number) =>
      saveBallotTally(t.prisma, secretariat(), {
        blocYearId: year.id,
        unitId: board.members[0]!.unitId,
        awardCode: board.awards[0]!.code,
        votesFor: 5,
        votersPresent,
        version: 0,
      });
    await expect(tally(7)).rejects.toThrow(
      new UserFacingError("Số đại biểu có mặt không được vượt quá số thành viên của khối (6)."),
    );
    await expect(tally(6)).resolves.toMatchObject({ votersPresent: 6 });
  });

  it("ranks the 6 members that closed the year", async () => {
    const ranking = await getBlocRanking(t.prisma, { user: secretariat(), ...key() });
    expect(sorted(ranking!.units.map((unit) => unit.name))).toEqual(NAMES_2025);
    expect(ranking!.rankedCount).toBe(6);
    expectNoDeparted(ranking!.units);
  });

  it("shows 6 members in the live minutes, conference screen and export, then in the published ones", async () => {
    const check = async (data: ConferenceData) => {
      expect(sorted(data.members.map((member) => member.name))).toEqual(NAMES_2025);
      expect(sorted(data.rows.map((row) => row.name))).toEqual(NAMES_2025);
      expect(data.pledge).toMatchObject({ owed: 6, signed: 1 });
      const minutes = minutesHtml(data);
      expect(minutes).toContain("đại diện lãnh đạo 6 đơn vị thành viên");
      expectNoDeparted(minutes);
      expectNoDeparted(data.members);
      expectNoDeparted(await workbookText(await buildRankingWorkbook(data).xlsx.writeBuffer()));
    };
    const live = await getConferenceData(t.prisma, secretariat(), key());
    expect(live?.source.kind).toBe("live");
    await check(live!);

    await putYearsInStage(t.prisma, [year.id], "REVIEW");
    const { version } = await t.prisma.blocYear.findUniqueOrThrow({ where: { id: year.id } });
    await publishYear(t.prisma, secretariat(), {
      blocYearId: year.id,
      version,
      overrideReasons: await readyToPublish(t.prisma, { blocYearId: year.id }),
    });
    const published = await getConferenceData(t.prisma, secretariat(), key());
    expect(published?.source.kind).toBe("snapshot");
    await check(published!);
    const publicPage = await getPublicResults(t.prisma, key());
    expect(sorted(publicPage!.members.map((member) => member.name))).toEqual(NAMES_2025);
  });
});
