/** The columns of the agency import sheet, in the template's order, with the headers officials see. */
export const AGENCY_IMPORT_COLUMNS = [
  { key: "sequence", header: "STT", width: 6, required: false },
  { key: "name", header: "Tên đầy đủ", width: 60, required: true },
  { key: "shortName", header: "Tên viết tắt", width: 18, required: true },
  { key: "code", header: "Mã (không bắt buộc)", width: 18, required: false },
  { key: "validFrom", header: "Áp dụng từ ngày (dd/mm/yyyy)", width: 22, required: true },
] as const;

export type AgencyImportColumn = Exclude<(typeof AGENCY_IMPORT_COLUMNS)[number]["key"], "sequence">;

export const agencyHeaderOf = (key: AgencyImportColumn) =>
  AGENCY_IMPORT_COLUMNS.find((column) => column.key === key)!.header;

/** Upper bounds: a province has a few hundred agencies at most. */
export const MAX_AGENCY_IMPORT_ROWS = 1_000;
export const MAX_AGENCY_IMPORT_BYTES = 2 * 1024 * 1024;
