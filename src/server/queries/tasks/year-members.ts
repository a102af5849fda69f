import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import { yearEnd } from "@/domain/calendar";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

export type YearMember = { unitId: string; name: string; shortName: string; knownNames: string[] };

/**
 * The year's members under the names they bore at year end (past years stay readable after a
 * merger), in Vietnamese order. `knownNames` holds every name and short name the unit has had,
 * so an import may use any of them.
 */
export async function listYearMembers(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
): Promise<YearMember[]> {
  const blocYear = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      year: true,
      memberships: {
        select: {
          unitId: true,
          unit: NAMED_UNIT,
        },
      },
    },
  });
  const members = blocYear.memberships.map(({ unitId, unit }) => {
    const current = storedNameOn(unit.names, yearEnd(blocYear.year));
    return {
      unitId,
      name: current?.name ?? unitId,
      shortName: current?.shortName ?? "",
      knownNames: unit.names.flatMap((entry) => [entry.name, entry.shortName]),
    };
  });
  return sortByVietnamese(members, (member) => member.name);
}
