import "server-only";
import ExcelJS from "exceljs";
import { findImportColumns, MAX_IMPORT_ROWS, type ColumnPositions, type ImportRow } from "@/domain/tasks";
import { UserFacingError } from "@/server/errors";
import { toImportCell } from "./cell-value";

const NOT_XLSX =
  "Tệp không đọc được như một bảng tính .xlsx. Hãy lưu tệp dưới dạng Excel Workbook (.xlsx) rồi thử lại.";
// Every .xlsx is a zip archive: anything else is refused before exceljs tries to parse it.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const HEADER_SEARCH_ROWS = 10;

async function loadWorkbook(content: Uint8Array): Promise<ExcelJS.Workbook> {
  if (!ZIP_SIGNATURE.every((byte, index) => content[index] === byte)) throw new UserFacingError(NOT_XLSX);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UserFacingError(NOT_XLSX);
  }
  return workbook;
}

/** The header row (within the first rows, so a title above the table is allowed) and its columns. */
function findHeader(sheet: ExcelJS.Worksheet): { headerRow: number; positions: ColumnPositions } {
  let firstMissing: string[] = [];
  for (let rowNumber = 1; rowNumber <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); rowNumber += 1) {
    const headers = new Map<number, string>();
    sheet.getRow(rowNumber).eachCell((cell, column) => headers.set(column, cell.text));
    const found = findImportColumns(headers);
    if ("positions" in found) return { headerRow: rowNumber, positions: found.positions };
    if (rowNumber === 1) firstMissing = found.missing;
  }
  throw new UserFacingError(`Trang đầu của tệp thiếu cột: ${firstMissing.join("; ")}. Hãy dùng tệp mẫu.`);
}

function readRow(row: ExcelJS.Row, positions: ColumnPositions): ImportRow {
  const cell = (column: number) => toImportCell(row.getCell(column).value);
  return {
    row: row.number,
    title: cell(positions.title),
    owner: cell(positions.owner),
    source: cell(positions.source),
    weight: cell(positions.weight),
    deadline: cell(positions.deadline),
  };
}

const isBlank = (row: ImportRow) =>
  [row.title, row.owner, row.source, row.weight, row.deadline].every((cell) => cell === null);

/** The task rows of an uploaded .xlsx (first sheet), blank rows skipped; a malformed file gets a clear message. */
export async function readTaskSheet(content: Uint8Array): Promise<ImportRow[]> {
  const workbook = await loadWorkbook(content);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UserFacingError("Tệp không có trang tính nào.");
  const { headerRow, positions } = findHeader(sheet);
  if (sheet.rowCount - headerRow > MAX_IMPORT_ROWS * 2)
    throw new UserFacingError(`Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS} nhiệm vụ mỗi lần nhập).`);
  const rows: ImportRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const read = readRow(row, positions);
    if (!isBlank(read)) rows.push(read);
  });
  if (rows.length === 0) throw new UserFacingError("Tệp chưa có dòng nhiệm vụ nào dưới dòng tiêu đề.");
  if (rows.length > MAX_IMPORT_ROWS)
    throw new UserFacingError(
      `Tệp có ${rows.length} nhiệm vụ, vượt giới hạn ${MAX_IMPORT_ROWS} nhiệm vụ mỗi lần nhập. Hãy chia thành nhiều tệp.`,
    );
  return rows;
}
