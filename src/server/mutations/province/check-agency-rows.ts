import "server-only";
import { agencyHeaderOf, type AgencyImportColumn } from "@/domain/agencies";
import { parseFormDate } from "@/domain/calendar";
import type { ImportCell, ImportProblem } from "@/domain/tasks";
import { matchKey } from "@/domain/tasks/match-text";
import { agencyFields, type CreateAgencyInput } from "@/schemas/province/agency";
import type { AgencyImportRow } from "@/server/excel/read-agency-sheet";
import { duplicateUnitCode } from "../members/create-unit";
import { duplicateAgencyName } from "./agency-registry";

/** The province's names and codes already taken (see loadAgencyRegistry). */
type TakenInProvince = { hasName(name: string): boolean; hasCode(code: string): boolean };

export type CheckedAgencyRow = { row: number; agency: CreateAgencyInput };

const text = (cell: ImportCell) =>
  cell === null ? "" : typeof cell === "object" ? cell.date : String(cell).trim();

/** A date cell: a real Excel date, or dd/mm/yyyy typed as text (left as typed when unreadable). */
const dayText = (cell: ImportCell) =>
  cell !== null && typeof cell === "object" ? cell.date : (parseFormDate(text(cell)) ?? text(cell));

const COLUMNS = ["name", "shortName", "code", "validFrom"] as const satisfies readonly AgencyImportColumn[];

/**
 * Every problem of the file in one pass, per row and cell: each cell through the "create agency"
 * form's rule for it, then every readable name and code against the province and the rows above.
 * Cells are checked one by one (not the row as a whole) so a bad date does not hide a name already
 * taken, and the province is asked about every row, not only once the rows themselves are clean.
 */
export function checkAgencyRows(
  rows: readonly AgencyImportRow[],
  taken: TakenInProvince,
): { checked: CheckedAgencyRow[]; problems: ImportProblem[] } {
  const checked: CheckedAgencyRow[] = [];
  const problems: ImportProblem[] = [];
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  for (const row of rows) {
    const values = {
      name: text(row.name),
      shortName: text(row.shortName),
      code: text(row.code),
      validFrom: dayText(row.validFrom),
    };
    const agency: Partial<CreateAgencyInput> = {};
    const messages = new Map<AgencyImportColumn, string[]>(COLUMNS.map((column) => [column, []]));
    const report = (column: AgencyImportColumn, message: string) => messages.get(column)!.push(message);
    for (const column of COLUMNS) {
      const parsed = agencyFields[column].safeParse(values[column]);
      if (parsed.success) Object.assign(agency, { [column]: parsed.data });
      else for (const issue of parsed.error.issues) report(column, issue.message);
    }
    // A name or code the province holds is reported on every row that has it: removing the first
    // such row must not reveal the next one's problem only on the next upload.
    if (agency.name !== undefined) {
      const earlier = firstSeen(seenNames, matchKey(agency.name), row.row);
      if (taken.hasName(agency.name)) report("name", duplicateAgencyName(agency.name));
      else if (earlier !== undefined) report("name", `Trùng tên với dòng ${earlier}.`);
    }
    if (agency.code) {
      const earlier = firstSeen(seenCodes, agency.code, row.row);
      if (taken.hasCode(agency.code)) report("code", duplicateUnitCode(agency.code));
      else if (earlier !== undefined) report("code", `Trùng mã với dòng ${earlier}.`);
    }
    const rowProblems = COLUMNS.flatMap((column) =>
      messages.get(column)!.map((message) => ({ row: row.row, column: agencyHeaderOf(column), message })),
    );
    problems.push(...rowProblems);
    if (rowProblems.length === 0) checked.push({ row: row.row, agency: agency as CreateAgencyInput });
  }
  return { checked, problems };
}

/** The row that first had `key` (recording `row` when none did). */
function firstSeen(seen: Map<string, number>, key: string, row: number): number | undefined {
  const earlier = seen.get(key);
  if (earlier === undefined) seen.set(key, row);
  return earlier;
}
