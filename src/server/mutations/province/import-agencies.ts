import "server-only";
import { parseFormDate } from "@/domain/calendar";
import { agencyHeaderOf, type AgencyImportColumn } from "@/domain/agencies";
import type { ImportCell, ImportProblem } from "@/domain/tasks";
import { matchKey } from "@/domain/tasks/match-text";
import { createAgencySchema, type CreateAgencyInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { AgencyImportRow } from "@/server/excel/read-agency-sheet";
import { duplicateUnitCode } from "../members/create-unit";
import { createUnit } from "../members/create-unit";
import { withUniqueMessage } from "../members/write-context";
import { recordAudit } from "../record-audit";
import { duplicateAgencyName, loadAgencyRegistry } from "./agency-registry";

export type AgencyImportOutcome = { ok: true; count: number } | { ok: false; problems: ImportProblem[] };

const text = (cell: ImportCell) =>
  cell === null ? "" : typeof cell === "object" ? cell.date : String(cell).trim();

/** A date cell: a real Excel date, or dd/mm/yyyy typed as text (left as typed when unreadable). */
const dayText = (cell: ImportCell) =>
  cell !== null && typeof cell === "object" ? cell.date : (parseFormDate(text(cell)) ?? text(cell));

type Checked = { row: number; agency: CreateAgencyInput };

/** Each row through the same schema as the "create agency" form; a problem per row and cell. */
function checkRows(rows: readonly AgencyImportRow[]): { checked: Checked[]; problems: ImportProblem[] } {
  const checked: Checked[] = [];
  const problems: ImportProblem[] = [];
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  for (const row of rows) {
    const parsed = createAgencySchema.safeParse({
      name: text(row.name),
      shortName: text(row.shortName),
      code: text(row.code),
      validFrom: dayText(row.validFrom),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] as AgencyImportColumn;
        problems.push({ row: row.row, column: agencyHeaderOf(column), message: issue.message });
      }
      continue;
    }
    const agency = parsed.data;
    const duplicate = (seen: Map<string, number>, key: string, column: AgencyImportColumn, label: string) => {
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, row.row);
      else
        problems.push({
          row: row.row,
          column: agencyHeaderOf(column),
          message: `Trùng ${label} với dòng ${earlier}.`,
        });
      return earlier !== undefined;
    };
    const twice =
      duplicate(seenNames, matchKey(agency.name), "name", "tên") ||
      (agency.code !== null && duplicate(seenCodes, agency.code, "code", "mã"));
    if (!twice) checked.push({ row: row.row, agency });
  }
  return { checked, problems };
}

/**
 * Agencies from an uploaded sheet, all or none: every row is checked (the form's rules, no name
 * or code twice in the file or already in the province) and nothing is saved while any row has
 * a problem. Each agency created is audited, and the import as a whole once.
 */
export async function importAgencies(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: { rows: readonly AgencyImportRow[]; fileName: string },
): Promise<AgencyImportOutcome> {
  const { provinceId } = authorizeProvinceAdmin(user);
  const { checked, problems } = checkRows(input.rows);
  if (problems.length > 0) return { ok: false, problems };
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const registry = await loadAgencyRegistry(tx, provinceId);
        const taken: ImportProblem[] = [];
        for (const { row, agency } of checked) {
          if (registry.hasName(agency.name))
            taken.push({ row, column: agencyHeaderOf("name"), message: duplicateAgencyName(agency.name) });
          if (agency.code && registry.hasCode(agency.code))
            taken.push({ row, column: agencyHeaderOf("code"), message: duplicateUnitCode(agency.code) });
        }
        if (taken.length > 0) return { ok: false as const, problems: taken };
        const unitIds: string[] = [];
        for (const { agency } of checked) {
          const code = registry.claimCode(agency.code, agency.shortName);
          unitIds.push(
            await createUnit(tx, {
              actorId: user.id,
              provinceId,
              unit: { name: agency.name, shortName: agency.shortName, code },
              validFrom: agency.validFrom,
            }),
          );
        }
        await recordAudit(tx, {
          actorId: user.id,
          entity: "Province",
          entityId: provinceId,
          action: "importAgencies",
          newValue: { fileName: input.fileName, count: unitIds.length },
        });
        return { ok: true as const, count: unitIds.length };
      }),
    "Một đơn vị trong tệp vừa được người khác tạo. Hãy tải lại trang và nhập lại.",
  );
}
