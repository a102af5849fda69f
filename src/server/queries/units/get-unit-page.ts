import "server-only";
import { namePeriods, type NamePeriod, toIsoDay } from "@/domain/calendar";
import type { SessionUser } from "@/server/auth/session-user";
import { ownUnitIds, unitsVisibleTo } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearResult, type YearResultLoader } from "../load-year-result";
import { loadUnitLineage, type UnitLineage } from "./unit-lineage";
import { loadUnitYears, type UnitYear } from "./unit-years";

export type UnitPage = UnitLineage & {
  unitId: string;
  code: string;
  /** The latest recorded name: what the unit is called now, or was last called. */
  name: string;
  shortName: string;
  names: NamePeriod[];
  years: UnitYear[];
  ownUnit: boolean;
};

/**
 * A unit's page: its names over time, predecessors and successors, and its years in the blocs
 * the user may see with its result in each. Null when the unit does not exist or is not the
 * user's to see (unitsVisibleTo): the page answers both alike.
 */
export async function getUnitPage(
  prisma: AppPrismaClient,
  where: { user: SessionUser; unitId: string },
  loadYear: YearResultLoader = (blocYear) => loadYearResult(prisma, blocYear),
): Promise<UnitPage | null> {
  const unit = await prisma.unit.findFirst({
    where: { id: where.unitId, AND: [unitsVisibleTo(where.user)] },
    select: {
      id: true,
      code: true,
      names: { select: { name: true, shortName: true, validFrom: true, validTo: true } },
    },
  });
  if (!unit) return null;
  const names = namePeriods(
    unit.names.map((row) => ({
      name: row.name,
      shortName: row.shortName,
      validFrom: toIsoDay(row.validFrom),
      validTo: row.validTo === null ? null : toIsoDay(row.validTo),
    })),
  );
  const [lineage, years] = await Promise.all([
    loadUnitLineage(prisma, where),
    loadUnitYears(prisma, { ...where, names: unit.names }, loadYear),
  ]);
  const latest = names.at(-1);
  return {
    unitId: unit.id,
    code: unit.code,
    name: latest?.name ?? unit.code,
    shortName: latest?.shortName ?? unit.code,
    names,
    ...lineage,
    years,
    ownUnit: ownUnitIds(where.user).includes(unit.id),
  };
}
