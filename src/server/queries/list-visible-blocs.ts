import "server-only";
import { yearEndMembers } from "@/domain/membership";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import { spanOf } from "@/server/mappers/membership-span";
import type { SessionUser } from "@/server/auth/session-user";
import { blocsVisibleTo, blocYearsVisibleTo } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * The blocs the user may see, each with the years they may open (newest first) and each year's
 * member count: the units that closed it, not every membership row (a unit that merged away).
 */
export async function listVisibleBlocs(prisma: AppPrismaClient, user: SessionUser) {
  const blocs = await prisma.bloc.findMany({
    where: blocsVisibleTo(user),
    select: {
      id: true,
      code: true,
      name: true,
      province: { select: { name: true } },
      years: {
        where: blocYearsVisibleTo(user),
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          status: true,
          memberships: { select: { unitId: true, joinedOn: true, leftOn: true } },
          _count: { select: { tasks: true } },
        },
      },
    },
  });
  const counted = blocs.map((bloc) => ({
    ...bloc,
    years: bloc.years.map(({ memberships, ...year }) => ({
      ...year,
      memberCount: yearEndMembers(memberships.map(spanOf), year.year).length,
    })),
  }));
  return sortByVietnamese(counted, (bloc) => bloc.name);
}

export type VisibleBloc = Awaited<ReturnType<typeof listVisibleBlocs>>[number];
