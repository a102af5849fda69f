import "server-only";
import type { YearFrameFacts } from "@/domain/rankings/rankings-page";
import { YEAR_VISIBILITY_SELECT, yearVisibility, type YearAccess } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { yearFrameFactsOf } from "../year-frame-facts";

/** A bloc-year as the rankings page's frame shows it, with what deciding who may view it needs. */
export type YearFrame = { id: string; frame: YearFrameFacts; access: YearAccess };

/** Reads a bloc-year's frame by bloc and year — for anyone: callers decide with mayViewYear. */
export type YearFrameLoader = (where: { blocId: string; year: number }) => Promise<YearFrame | null>;

/** The id of the bloc-year of a bloc and year, or null. */
export async function findBlocYearId(
  prisma: AppPrismaClient,
  where: { blocId: string; year: number },
): Promise<string | null> {
  const row = await prisma.blocYear.findUnique({ where: { blocId_year: where }, select: { id: true } });
  return row?.id ?? null;
}

export const loadYearFrame =
  (prisma: AppPrismaClient): YearFrameLoader =>
  async (where) => {
    const id = await findBlocYearId(prisma, where);
    return id ? loadYearFrameById(prisma, id) : null;
  };

/** A bloc-year's frame by its id, or null. */
export async function loadYearFrameById(prisma: AppPrismaClient, id: string): Promise<YearFrame | null> {
  const row = await prisma.blocYear.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      ...YEAR_VISIBILITY_SELECT,
      memberships: { select: { unitId: true } },
      bloc: {
        select: {
          id: true,
          name: true,
          province: { select: { name: true } },
          ...YEAR_VISIBILITY_SELECT.bloc.select,
        },
      },
    },
  });
  if (!row) return null;
  const memberUnitIds = [...new Set(row.memberships.map((membership) => membership.unitId))];
  return {
    id: row.id,
    frame: yearFrameFactsOf(row),
    access: { ...yearVisibility(row), memberUnitIds },
  };
}
