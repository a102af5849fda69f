import "server-only";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import { unitNameOn, yearEnd } from "@/domain/units/unit-name-on";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

export type YearMember = { unitId: string; name: string; shortName: string; knownNames: string[] };

const iso = (date: Date) => date.toISOString().slice(0, 10);

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
          unit: { select: { names: { select: { name: true, shortName: true, validFrom: true } } } },
        },
      },
    },
  });
  const members = blocYear.memberships.map(({ unitId, unit }) => {
    const names = unit.names.map((entry) => ({ ...entry, validFrom: iso(entry.validFrom) }));
    const current = unitNameOn(names, yearEnd(blocYear.year));
    return {
      unitId,
      name: current?.name ?? unitId,
      shortName: current?.shortName ?? "",
      knownNames: names.flatMap((entry) => [entry.name, entry.shortName]),
    };
  });
  return sortByVietnamese(members, (member) => member.name);
}
