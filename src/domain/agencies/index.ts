export { agencyCodeFrom, freeCode } from "./agency-code";
export {
  AGENCY_IMPORT_COLUMNS,
  agencyHeaderOf,
  MAX_AGENCY_IMPORT_BYTES,
  MAX_AGENCY_IMPORT_ROWS,
  type AgencyImportColumn,
} from "./import-columns";
export { findAgencyColumns, type AgencyColumnPositions } from "./find-agency-columns";
