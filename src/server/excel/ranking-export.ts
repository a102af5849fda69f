import "server-only";
import ExcelJS from "exceljs";
import type { ConferenceResults } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import { snapshotLabel } from "@/domain/conference/display";
import { NO_SCORES_TEXT, rankCell } from "@/domain/format";

export type RankingExport = ConferenceResults & { bloc: { name: string; province: string }; year: number };

const HEADER_ROW = 5;
const POINTS_FORMAT = "#,##0.00";
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The summary score and ranking table as officials keep it in Excel: title rows, Vietnamese
 * headers, units in rank order, one column per section, points with two decimals, A4 landscape.
 * Points are written as numbers (centipoints / 100) so the sheet can still be summed; deductions
 * as negative numbers, as every page shows them, so sections + bonus + deductions = total.
 * A rank shared by an exact tie reads "đồng hạng n"; equal totals that a tie-break rule separated
 * say which rule did in the last column.
 */
export function buildRankingWorkbook(data: RankingExport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ThiĐua";
  const sheet = workbook.addWorksheet(`Xếp hạng ${data.year}`, {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  const headers = rankingHeaders(data);
  writeTitle(sheet, data, headers.length);
  const header = sheet.getRow(HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 45;
  for (const row of data.rows) {
    sheet.addRow(rankingValues(row)).eachCell((cell) => {
      cell.border = BORDER;
    });
  }
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E5E4" } };
  });
  formatColumns(sheet, data.sections.length);
  return workbook;
}

export function rankingHeaders(data: Pick<ConferenceResults, "sections">): string[] {
  return [
    "Hạng",
    "Đơn vị",
    ...data.sections.map(
      (section) => `${section.code}. ${section.title} (tối đa ${section.maxPoints / 100})`,
    ),
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
    "Tỷ lệ so với điểm tối đa",
    "Xếp loại",
    "Đề nghị khen thưởng",
    "Căn cứ phân định khi bằng điểm",
  ];
}

function rankingValues(row: ConferenceResults["rows"][number]): (string | number)[] {
  return [
    !row.scored ? NO_SCORES_TEXT : row.sharedRank ? rankCell(row) : row.rank,
    row.name,
    ...row.sectionPoints.map((points) => points / 100),
    row.bonus / 100,
    row.deductions === 0 ? 0 : -row.deductions / 100,
    row.total / 100,
    row.scored ? row.percentOfMax / 10000 : "",
    row.classification ?? "",
    row.awards.join("; "),
    row.tieNote ?? "",
  ];
}

function writeTitle(sheet: ExcelJS.Worksheet, data: RankingExport, width: number) {
  const source =
    data.source.kind === "snapshot"
      ? snapshotLabel(data.source)
      : `Kết quả tạm tính đến ngày ${formatDate(data.source.asOf)} (chưa công bố)`;
  const lines = [
    `BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA NĂM ${data.year}`,
    `${data.bloc.name} – ${data.bloc.province}`,
    source,
  ];
  lines.forEach((text, index) => {
    const row = index + 1;
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.alignment = { horizontal: "center" };
    cell.font = { bold: index < 2, size: index === 0 ? 14 : 12, italic: index === 2 };
  });
}

function formatColumns(sheet: ExcelJS.Worksheet, sectionCount: number) {
  const pointColumns = sectionCount + 3; // sections, bonus, deductions, total
  sheet.getColumn(1).width = 10;
  sheet.getColumn(1).alignment = { horizontal: "center" };
  sheet.getColumn(2).width = 45;
  for (let column = 3; column < 3 + pointColumns; column++) {
    sheet.getColumn(column).width = 14;
    sheet.getColumn(column).numFmt = POINTS_FORMAT;
  }
  const percent = sheet.getColumn(3 + pointColumns);
  percent.width = 14;
  percent.numFmt = "0.00%";
  sheet.getColumn(4 + pointColumns).width = 30;
  sheet.getColumn(5 + pointColumns).width = 40;
  sheet.getColumn(6 + pointColumns).width = 60;
  sheet.getColumn(6 + pointColumns).alignment = { wrapText: true, vertical: "top" };
}

export async function rankingWorkbookBuffer(data: RankingExport): Promise<Buffer> {
  return Buffer.from(await buildRankingWorkbook(data).xlsx.writeBuffer());
}
