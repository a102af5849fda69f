import "server-only";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import { blocsVisibleTo, blocYearsVisibleTo } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/** The blocs the user may see, each with the years they may open (newest first). */
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
          _count: { select: { memberships: true, tasks: true } },
        },
      },
    },
  });
  return sortByVietnamese(blocs, (bloc) => bloc.name);
}

export type VisibleBloc = Awaited<ReturnType<typeof listVisibleBlocs>>[number];
