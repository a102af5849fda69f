import "server-only";
import ExcelJS from "exceljs";
import type { ConferenceMember, ConferenceResults } from "@/domain/conference/conference-data";
import { formatDate, todayInVietnam } from "@/domain/calendar";
import { leaderSigners, placeAndDate, type DocumentSigner } from "@/domain/documents";
import { snapshotLabel } from "@/domain/conference/display";
import { NO_SCORES_TEXT, rankCell } from "@/domain/format";

export type RankingExport = ConferenceResults & {
  bloc: { name: string; province: string };
  year: number;
  /** The year's members with their roles and pledge signatories: the leaders sign the table. */
  members: ConferenceMember[];
};

/** The row of the column headers: below the state heading (rows 1–3) and the title (rows 5–6). */
export const RANKING_HEADER_ROW = 8;
const TITLE_ROW = 5;
const POINTS_FORMAT = "#,##0.00";
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The summary score and ranking table as officials keep it in Excel, in the form of a state
 * document (Decree 30/2020/NĐ-CP): the bloc and the national heading, place and date, the title,
 * then one row per unit in rank order with its row number (STT), one column per section, points
 * with two decimals, and the leaders' signature blocks; A4 landscape.
 * Points are written as numbers (centipoints / 100) so the sheet can still be summed; deductions
 * as negative numbers, as every page shows them, so sections + bonus + deductions = total.
 * A rank shared by an exact tie reads "đồng hạng n"; equal totals that a tie-break rule separated
 * say which rule did in the last column.
 */
export function buildRankingWorkbook(data: RankingExport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ThiĐua";
  const sheet = workbook.addWorksheet(`Xếp hạng ${data.year}`, {
    views: [{ state: "frozen", xSplit: 3, ySplit: RANKING_HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${RANKING_HEADER_ROW}:${RANKING_HEADER_ROW}`,
    },
  });
  const headers = rankingHeaders(data);
  writeStateHeading(sheet, data, headers.length);
  writeTitle(sheet, data, headers.length);
  const header = sheet.getRow(RANKING_HEADER_ROW);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 45;
  data.rows.forEach((row, index) => {
    sheet.addRow(rankingValues(row, index + 1)).eachCell((cell) => {
      cell.border = BORDER;
    });
  });
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E5E4" } };
  });
  formatColumns(sheet, data.sections.length);
  writeSignatures(sheet, leaderSigners(data.members), headers.length);
  return workbook;
}

export function rankingHeaders(data: Pick<ConferenceResults, "sections">): string[] {
  return [
    "STT",
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

function rankingValues(row: ConferenceResults["rows"][number], rowNumber: number): (string | number)[] {
  return [
    rowNumber,
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

/** Rows 1–3: the bloc top left, the national heading and motto top right, then place and date. */
function writeStateHeading(sheet: ExcelJS.Worksheet, data: RankingExport, width: number) {
  const split = Math.max(3, Math.floor(width / 2));
  const day = data.source.kind === "snapshot" ? data.source.publishedAt : data.source.asOf;
  const lines: [string, string, Partial<ExcelJS.Font>, Partial<ExcelJS.Font>][] = [
    [
      data.bloc.name.toLocaleUpperCase("vi"),
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      { bold: true },
      { bold: true },
    ],
    ["", "Độc lập - Tự do - Hạnh phúc", {}, { bold: true, underline: true }],
    ["", placeAndDate(data.bloc.province, todayInVietnam(new Date(day))), {}, { italic: true }],
  ];
  lines.forEach(([left, right, leftFont, rightFont], index) => {
    const row = index + 1;
    sheet.mergeCells(row, 1, row, split);
    sheet.mergeCells(row, split + 1, row, width);
    writeCentred(sheet.getCell(row, 1), left, { size: 12, ...leftFont });
    writeCentred(sheet.getCell(row, split + 1), right, { size: 12, ...rightFont });
  });
}

/** Rows 5–6: the title and which result the table shows. */
function writeTitle(sheet: ExcelJS.Worksheet, data: RankingExport, width: number) {
  const source =
    data.source.kind === "snapshot"
      ? snapshotLabel(data.source)
      : `Kết quả tạm tính đến ngày ${formatDate(data.source.asOf)} (chưa công bố)`;
  [`BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA NĂM ${data.year}`, source].forEach((text, index) => {
    const row = TITLE_ROW + index;
    sheet.mergeCells(row, 1, row, width);
    writeCentred(sheet.getCell(row, 1), text, {
      bold: index === 0,
      size: index === 0 ? 14 : 12,
      italic: index === 1,
    });
  });
}

/** Below the table, one block per leader side by side: the role, the post, room to sign, the name. */
function writeSignatures(sheet: ExcelJS.Worksheet, signers: DocumentSigner[], width: number) {
  if (signers.length === 0) return;
  const top = sheet.rowCount + 2;
  const span = Math.max(1, Math.floor(width / signers.length));
  signers.forEach((signer, index) => {
    const first = index * span + 1;
    const last = index === signers.length - 1 ? width : first + span - 1;
    const lines = [...signer.capacity, "", "", "", signer.fullName ?? "……………………………"];
    lines.forEach((text, offset) => {
      const row = top + offset;
      sheet.mergeCells(row, first, row, last);
      writeCentred(sheet.getCell(row, first), text, { bold: true, size: 12 });
    });
  });
}

function writeCentred(cell: ExcelJS.Cell, text: string, font: Partial<ExcelJS.Font>) {
  cell.value = text;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.font = { name: "Times New Roman", ...font };
}

function formatColumns(sheet: ExcelJS.Worksheet, sectionCount: number) {
  const pointColumns = sectionCount + 3; // sections, bonus, deductions, total
  const firstPoints = 4; // after STT, rank and unit
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 10;
  for (const column of [1, 2]) sheet.getColumn(column).alignment = { horizontal: "center" };
  sheet.getColumn(3).width = 45;
  for (let column = firstPoints; column < firstPoints + pointColumns; column++) {
    sheet.getColumn(column).width = 14;
    sheet.getColumn(column).numFmt = POINTS_FORMAT;
  }
  const after = firstPoints + pointColumns;
  const percent = sheet.getColumn(after);
  percent.width = 14;
  percent.numFmt = "0.00%";
  sheet.getColumn(after + 1).width = 30;
  sheet.getColumn(after + 2).width = 40;
  sheet.getColumn(after + 3).width = 60;
  sheet.getColumn(after + 3).alignment = { wrapText: true, vertical: "top" };
}

export async function rankingWorkbookBuffer(data: RankingExport): Promise<Buffer> {
  return Buffer.from(await buildRankingWorkbook(data).xlsx.writeBuffer());
}
