/** The columns of the task import sheet, in the template's order, with the headers officials see. */
export const TASK_IMPORT_COLUMNS = [
  { key: "sequence", header: "STT", width: 6 },
  { key: "title", header: "Nội dung nhiệm vụ", width: 70 },
  { key: "owner", header: "Đơn vị chủ trì (tên hoặc tên viết tắt)", width: 40 },
  { key: "source", header: "Văn bản giao (số hiệu)", width: 22 },
  { key: "weight", header: "Trọng số", width: 10 },
  { key: "deadline", header: "Hạn hoàn thành (dd/mm/yyyy)", width: 18 },
  { key: "key", header: "Trọng tâm (x)", width: 12 },
] as const;

export type TaskImportColumn = (typeof TASK_IMPORT_COLUMNS)[number]["key"];
export type ImportedColumn = Exclude<TaskImportColumn, "sequence">;

/** Columns a sheet may leave out: files made from the template before key tasks still import. */
export const OPTIONAL_IMPORT_COLUMNS: ReadonlySet<ImportedColumn> = new Set(["key"]);

export const headerOf = (key: TaskImportColumn) =>
  TASK_IMPORT_COLUMNS.find((column) => column.key === key)!.header;

/** A cell as read from the sheet: text, a number, a real Excel date (ISO), or nothing. */
export type ImportCell = string | number | { date: string } | null;

/** A sheet row by column; a row of a sheet without the optional key column has no `key`. */
export type ImportRow = { row: number } & Record<Exclude<ImportedColumn, "key">, ImportCell> & {
    key?: ImportCell;
  };

export type ImportProblem = { row: number; column: string | null; message: string };

/** Upper bounds that keep one import a reasonable transaction. */
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_COLUMNS = 50;
export const MAX_TITLE_LENGTH = 1_000;
export const MAX_WEIGHT = 1_000;
