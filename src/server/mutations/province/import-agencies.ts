import "server-only";
import type { ImportProblem } from "@/domain/tasks";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { AgencyImportRow } from "@/server/excel/read-agency-sheet";
import { createUnit } from "../members/create-unit";
import { withUniqueMessage } from "../members/write-context";
import { recordAudit } from "../record-audit";
import { loadAgencyRegistry } from "./agency-registry";
import { checkAgencyRows } from "./check-agency-rows";

export type AgencyImportOutcome = { ok: true; count: number } | { ok: false; problems: ImportProblem[] };

/**
 * Agencies from an uploaded sheet, all or none: every problem of the file is reported at once
 * (checkAgencyRows: the form's rules, no name or code twice in the file or already in the
 * province) and nothing is saved while any row has one. Each agency created is audited, and the
 * import as a whole once.
 */
export async function importAgencies(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: { rows: readonly AgencyImportRow[]; fileName: string },
): Promise<AgencyImportOutcome> {
  const { provinceId } = authorizeProvinceAdmin(user);
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const registry = await loadAgencyRegistry(tx, provinceId);
        const { checked, problems } = checkAgencyRows(input.rows, registry);
        if (problems.length > 0) return { ok: false as const, problems };
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
