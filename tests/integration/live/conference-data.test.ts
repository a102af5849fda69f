import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownUnitIds } from "@/server/authz";
import { buildRankingWorkbook, RANKING_HEADER_ROW, rankingHeaders } from "@/server/excel/ranking-export";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getPublicResults } from "@/server/queries/conference/get-public-results";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { finalSheetOf } from "../../support/final-sheet";

describe.each(testBackends())("conference screen, public results and export data (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  const year = (blocId: string, y: number) =>
    t.prisma.blocYear.findFirstOrThrow({ where: { blocId, year: y }, select: { id: true, version: true } });
  const ktkt = (y: number) => ({ blocId: demo.ktkt.id, year: y });

  /** Saves a final-stage score straight into the tables (score entry is another area's action). */
  async function saveFinalScore(blocYearId: string, unitName: string, code: string, points: number) {
    const unit = await t.prisma.unit.findFirstOrThrow({
      where: { names: { some: { name: unitName } } },
      select: { id: true },
    });
    const criterion = await t.prisma.criterion.findFirstOrThrow({
      where: { code, scoreTable: { blocYearId } },
      orderBy: { scoreTable: { version: "desc" } },
      select: { id: true },
    });
    const sheet = await finalSheetOf(t.prisma, { blocYearId, unitId: unit.id });
    await t.prisma.scoreLine.upsert({
      where: { sheetId_criterionId: { sheetId: sheet.id, criterionId: criterion.id } },
      create: { sheetId: sheet.id, criterionId: criterion.id, points },
      update: { points },
    });
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
  });
  afterAll(() => t.close());

  it("gives the secretariat the live 2024 results: 8 ranked members, section columns I–III, members with the pledge", async () => {
    const data = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), ktkt(2024));
    expect(data?.source.kind).toBe("live");
    expect(data?.rows).toHaveLength(8);
    expect(data?.sections.map((section) => section.code)).toEqual(["I", "II", "III"]);
    expect(data?.rows.map((row) => row.rank)).toEqual(
      [...(data?.rows.map((row) => row.rank) ?? [])].sort((a, b) => a - b),
    );
    expect(data?.members[0]).toMatchObject({ name: "Sở Tài nguyên và Môi trường", role: "HEAD" });
    expect(data?.members.every((member) => member.signature !== null)).toBe(true);
    expect(data?.nextYear).toBeNull();
  });

  it("shows on the 2023 screen the roles elected for 2024, head first", async () => {
    const data = await getConferenceData(t.prisma, demo.user("admin.yenbai"), ktkt(2023));
    expect(data?.nextYear?.roles.map((role) => [role.role, role.name])).toEqual([
      ["HEAD", "Sở Tài nguyên và Môi trường"],
      ["STANDING_DEPUTY", "Sở Giao thông vận tải"],
      ["DEPUTY", "Sở Công Thương"],
    ]);
  });

  it("hides the bloc from another bloc's secretariat", async () => {
    expect(await getConferenceData(t.prisma, demo.user("thuky.vhxh"), ktkt(2024))).toBeNull();
  });

  it("shows a leader only their own unit's row while members may not see provisional scores", async () => {
    const leader = demo.user("lanhdao.tnmt");
    const data = await getConferenceData(t.prisma, leader, ktkt(2024));
    expect(data?.rows.map((row) => row.unitId)).toEqual(ownUnitIds(leader));
    const viewer = await getConferenceData(t.prisma, demo.user("xem.ktkt"), ktkt(2024));
    expect(viewer?.rows).toHaveLength(8);
  });

  it("follows a saved final score: the unit's total rises by exactly the points saved", async () => {
    const { id } = await year(demo.ktkt.id, 2024);
    const before = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), { blocYearId: id });
    // Công Thương has no 2024 score yet in the demo, so the final score adds to nothing.
    const unit = before?.rows.find((row) => row.name === "Sở Công Thương");
    await saveFinalScore(id, "Sở Công Thương", "III.2", 750);
    const after = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), { blocYearId: id });
    expect(after?.rows.find((row) => row.unitId === unit?.unitId)?.total).toBe((unit?.total ?? 0) + 750);
  });

  it("shows a published year from its snapshot only, publicly too, and ignores later changes to the tables", async () => {
    // The demo's 2023, published by the seed through the app's publishing.
    const published = await year(demo.ktkt.id, 2023);
    const snapshot = await t.prisma.resultSnapshot.findFirstOrThrow({
      where: { blocYearId: published.id },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true },
    });
    const atPublication = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), ktkt(2023));
    expect(atPublication?.source).toEqual({
      kind: "snapshot",
      number: snapshot.number,
      publishedAt: snapshot.publishedAt.toISOString(),
    });
    expect(atPublication?.rows[0]?.name).toBe("Sở Tài nguyên và Môi trường");

    // Nothing the app allows, but a direct change must still not reach a published screen.
    await saveFinalScore(published.id, "Sở Công Thương", "II.1", 800);
    expect(await getConferenceData(t.prisma, demo.user("thuky.ktkt"), ktkt(2023))).toMatchObject({
      rows: atPublication?.rows,
    });

    const publicResults = await getPublicResults(t.prisma, ktkt(2023));
    expect(publicResults?.rows).toEqual(atPublication?.rows);
    expect(publicResults?.bloc.name).toBe("Khối thi đua các cơ quan kinh tế – kỹ thuật");
  });

  it("has no public page for a year that is not published", async () => {
    expect(await getPublicResults(t.prisma, ktkt(2024))).toBeNull();
    expect(await getPublicResults(t.prisma, { blocId: demo.ktkt.id, year: 1999 })).toBeNull();
  });

  it("exports the table as .xlsx that reads back with the same headers, units in rank order and points", async () => {
    const data = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), ktkt(2024));
    if (!data) throw new Error("no data");
    const written = await buildRankingWorkbook(data).xlsx.writeBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell("A1").value).toBe("KHỐI THI ĐUA CÁC CƠ QUAN KINH TẾ – KỸ THUẬT");
    expect(sheet?.getRow(1).values).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet?.getRow(2).values).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(sheet?.getCell("A5").value).toBe("BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA NĂM 2024");
    expect(sheet?.getRow(RANKING_HEADER_ROW).values).toEqual([undefined, ...rankingHeaders(data)]);
    const totalColumn = 4 + data.sections.length + 2;
    data.rows.forEach((row, index) => {
      const line = sheet?.getRow(RANKING_HEADER_ROW + 1 + index);
      expect(line?.getCell(1).value).toBe(index + 1);
      expect(line?.getCell(3).value).toBe(row.name);
      expect(line?.getCell(totalColumn).value).toBe(row.total / 100);
      expect(line?.getCell(totalColumn).numFmt).toBe("#,##0.00");
    });
    // The year's leaders sign below the table: the head's role, then the head unit's pledge signatory.
    const below: unknown[] = [];
    sheet?.eachRow((row, number) => {
      if (number > RANKING_HEADER_ROW + data.rows.length) below.push(...(row.values as unknown[]));
    });
    const head = data.members.find((member) => member.role === "HEAD");
    expect(below).toContain("TRƯỞNG KHỐI");
    expect(below).toContain(head?.signature?.signerName ?? "……………………………");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: RANKING_HEADER_ROW });
    expect(sheet?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
  });

  it("writes deductions as negatives that add up to the total, and names the rule that split equal totals", async () => {
    const data = await getConferenceData(t.prisma, demo.user("thuky.ktkt"), ktkt(2023));
    if (!data) throw new Error("no data");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildRankingWorkbook(data).xlsx.writeBuffer());
    const sheet = workbook.worksheets[0];
    const headers = rankingHeaders(data);
    const column = (header: string) => headers.indexOf(header) + 1;
    const cellOf = (index: number, header: string) =>
      sheet?.getRow(RANKING_HEADER_ROW + 1 + index).getCell(column(header)).value;
    data.rows.forEach((row, index) => {
      const parts = [
        ...data.sections.map((section) => `${section.code}. ${section.title}`),
        "Điểm thưởng",
        "Điểm trừ",
      ];
      const sum = parts.reduce(
        (total, part) =>
          total + Number(cellOf(index, headers.find((header) => header.startsWith(part)) ?? part)),
        0,
      );
      expect(Math.round(sum * 100)).toBe(row.total);
      expect(Number(cellOf(index, "Điểm trừ"))).toBeLessThanOrEqual(0);
    });
    // Xây dựng and Công Thương both have 91,00 in the demo's 2023, separated by task points.
    const tied = data.rows.flatMap((row, index) =>
      index > 0 && data.rows[index - 1]?.total === row.total
        ? [{ row, note: cellOf(index, "Căn cứ phân định khi bằng điểm") }]
        : [],
    );
    expect(tied.length).toBeGreaterThan(0);
    for (const { note } of tied) expect(String(note)).toMatch(/phân định theo tiêu chí|Đồng hạng|đồng hạng/);
  });
});
