import "server-only";
import {
  findImportColumns,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  OPTIONAL_IMPORT_COLUMNS,
  TASK_IMPORT_COLUMNS,
  type ColumnPositions,
  type ImportRow,
} from "@/domain/tasks";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { toImportCell } from "./cell-value";
import { checkXlsxArchive, NOT_XLSX } from "./check-xlsx-archive";
import { readSheetRows, type SheetRow } from "./read-sheet-rows";
import { repackForReading } from "./repack-for-reading";

// Every .xlsx is a zip archive: anything else is refused before anything tries to unpack it.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const HEADER_SEARCH_ROWS = 10;
const limitText = MAX_IMPORT_ROWS.toLocaleString("vi-VN");
const TOO_MANY_ROWS = `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${limitText} nhiệm vụ. Hãy chia thành nhiều tệp.`;

const cellText = (row: SheetRow, column: number) => {
  const cell = toImportCell(row.values[column]);
  return typeof cell === "object" && cell !== null ? cell.date : cell === null ? "" : String(cell);
};

const requiredHeaders = () =>
  TASK_IMPORT_COLUMNS.filter(
    (column) => column.key !== "sequence" && !OPTIONAL_IMPORT_COLUMNS.has(column.key),
  ).map((column) => column.header);

/** The header row (within the first rows, so a title above the table is allowed) and its columns. */
function findHeader(rows: readonly SheetRow[]): { headerRow: number; positions: ColumnPositions } {
  let firstMissing: string[] | undefined;
  for (const row of rows.filter((candidate) => candidate.number <= HEADER_SEARCH_ROWS)) {
    const headers = new Map<number, string>();
    row.values.forEach((_value, column) => headers.set(column, cellText(row, column)));
    const found = findImportColumns(headers);
    if ("positions" in found) return { headerRow: row.number, positions: found.positions };
    firstMissing ??= found.missing;
  }
  const missing = firstMissing ?? requiredHeaders();
  throw new UploadRefusal(`Trang đầu của tệp thiếu cột: ${missing.join("; ")}. Hãy dùng tệp mẫu.`, 400);
}

function readRow(row: SheetRow, positions: ColumnPositions): ImportRow {
  const cell = (column: number | undefined) =>
    column === undefined ? null : toImportCell(row.values[column]);
  return {
    row: row.number,
    title: cell(positions.title),
    owner: cell(positions.owner),
    source: cell(positions.source),
    weight: cell(positions.weight),
    deadline: cell(positions.deadline),
    key: cell(positions.key),
  };
}

const isBlank = (row: ImportRow) =>
  [row.title, row.owner, row.source, row.weight, row.deadline, row.key].every((cell) => cell === null);

/**
 * The task rows of an uploaded .xlsx (first sheet), blank rows skipped. The archive is checked
 * against the unpacked-size limits first, then read off the event loop within row, column, memory
 * and time limits; every refusal is an UploadRefusal with a clear message.
 */
export async function readTaskSheet(content: Uint8Array): Promise<ImportRow[]> {
  if (!ZIP_SIGNATURE.every((byte, index) => content[index] === byte)) throw new UploadRefusal(NOT_XLSX, 400);
  const entries = await checkXlsxArchive(content);
  const sheetRows = await readSheetRows(repackForReading(content, entries), {
    maxRows: MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS,
    maxColumns: MAX_IMPORT_COLUMNS,
    tooManyRows: TOO_MANY_ROWS,
  });
  const { headerRow, positions } = findHeader(sheetRows);
  const rows = sheetRows
    .filter((row) => row.number > headerRow)
    .map((row) => readRow(row, positions))
    .filter((row) => !isBlank(row));
  if (rows.length === 0) throw new UploadRefusal("Tệp chưa có dòng nhiệm vụ nào dưới dòng tiêu đề.", 400);
  if (rows.length > MAX_IMPORT_ROWS)
    throw new UploadRefusal(
      `Tệp có ${rows.length} nhiệm vụ, vượt giới hạn ${limitText} nhiệm vụ mỗi lần nhập. Hãy chia thành nhiều tệp.`,
      413,
    );
  return rows;
}
