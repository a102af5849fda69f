import "server-only";
import { findAgencyColumns, MAX_AGENCY_IMPORT_ROWS, type AgencyColumnPositions } from "@/domain/agencies";
import type { ImportCell } from "@/domain/tasks";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { toImportCell } from "./cell-value";
import { checkXlsxArchive, NOT_XLSX } from "./check-xlsx-archive";
import { readSheetRows, type SheetRow } from "./read-sheet-rows";
import { repackForReading } from "./repack-for-reading";

/** One agency row as read from the sheet, before any check. */
export type AgencyImportRow = {
  row: number;
  name: ImportCell;
  shortName: ImportCell;
  code: ImportCell;
  validFrom: ImportCell;
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const HEADER_SEARCH_ROWS = 10;
const MAX_COLUMNS = 30;
const limitText = MAX_AGENCY_IMPORT_ROWS.toLocaleString("vi-VN");
const TOO_MANY_ROWS = `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${limitText} đơn vị.`;

const cellText = (row: SheetRow, column: number) => {
  const cell = toImportCell(row.values[column]);
  return typeof cell === "object" && cell !== null ? cell.date : cell === null ? "" : String(cell);
};

function findHeader(rows: readonly SheetRow[]): { headerRow: number; positions: AgencyColumnPositions } {
  let firstMissing: string[] | undefined;
  for (const row of rows.filter((candidate) => candidate.number <= HEADER_SEARCH_ROWS)) {
    const headers = new Map<number, string>();
    row.values.forEach((_value, column) => headers.set(column, cellText(row, column)));
    const found = findAgencyColumns(headers);
    if ("positions" in found) return { headerRow: row.number, positions: found.positions };
    firstMissing ??= found.missing;
  }
  const missing = firstMissing ?? ["Tên đầy đủ", "Tên viết tắt", "Áp dụng từ ngày"];
  throw new UploadRefusal(`Trang đầu của tệp thiếu cột: ${missing.join("; ")}. Hãy dùng tệp mẫu.`, 400);
}

/**
 * The agency rows of an uploaded .xlsx (first sheet), blank rows skipped — through the same
 * hardened path as the task import: zip limits checked first, then read by exceljs in a child
 * process within row, column, memory and time limits.
 */
export async function readAgencySheet(content: Uint8Array): Promise<AgencyImportRow[]> {
  if (!ZIP_SIGNATURE.every((byte, index) => content[index] === byte)) throw new UploadRefusal(NOT_XLSX, 400);
  const entries = await checkXlsxArchive(content);
  const sheetRows = await readSheetRows(repackForReading(content, entries), {
    maxRows: MAX_AGENCY_IMPORT_ROWS + HEADER_SEARCH_ROWS,
    maxColumns: MAX_COLUMNS,
    tooManyRows: TOO_MANY_ROWS,
  });
  const { headerRow, positions } = findHeader(sheetRows);
  const rows = sheetRows
    .filter((row) => row.number > headerRow)
    .map((row) => {
      const cell = (column: number | undefined) =>
        column === undefined ? null : toImportCell(row.values[column]);
      return {
        row: row.number,
        name: cell(positions.name),
        shortName: cell(positions.shortName),
        code: cell(positions.code),
        validFrom: cell(positions.validFrom),
      };
    })
    .filter((row) => [row.name, row.shortName, row.code, row.validFrom].some((cell) => cell !== null));
  if (rows.length === 0) throw new UploadRefusal("Tệp chưa có dòng đơn vị nào dưới dòng tiêu đề.", 400);
  if (rows.length > MAX_AGENCY_IMPORT_ROWS) throw new UploadRefusal(TOO_MANY_ROWS, 413);
  return rows;
}
