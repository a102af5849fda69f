import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { SnapshotNextYear } from "@/domain/snapshot/snapshot-content";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";

/**
 * The head and deputies elected for the year after this one, each under the name it had when
 * elected, or null while that year has not been created. Callers authorise the bloc-year.
 */
export async function loadNextYearRoles(
  prisma: AppPrismaClient | AppTransaction,
  blocYear: { blocId: string; year: number },
): Promise<(SnapshotNextYear & { blocYearId: string }) | null> {
  const nextYearId = await findNextBlocYearId(prisma, blocYear);
  if (!nextYearId) return null;
  const roles = await prisma.roleAssignment.findMany({
    where: { blocYearId: nextYearId },
    select: { unitId: true, role: true, electedOn: true, unit: NAMED_UNIT },
  });
  return {
    blocYearId: nextYearId,
    year: blocYear.year + 1,
    roles: roles.map((role) => {
      const electedOn = toIsoDay(role.electedOn);
      return {
        unitId: role.unitId,
        role: role.role,
        name: storedNameOn(role.unit.names, electedOn)?.name ?? "",
        electedOn,
      };
    }),
  };
}
