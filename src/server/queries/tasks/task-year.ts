import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/** The facts every task page needs about its year, after checking the user may see it. */
export async function getTaskYear(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string },
) {
  const { id } = await authorizeBlocYear(prisma, { ...options, action: "view" });
  const [row, manageable] = await Promise.all([
    prisma.blocYear.findUniqueOrThrow({
      where: { id },
      select: { id: true, year: true, status: true, bloc: { select: { provinceId: true } } },
    }),
    prisma.blocYear.count({ where: { id, AND: [blocYearsAllowed(options.user, "manage")] } }),
  ]);
  const writable = row.status !== "PUBLISHED";
  return {
    id: row.id,
    year: row.year,
    provinceId: row.bloc.provinceId,
    writable,
    canManage: manageable > 0,
    canEdit: manageable > 0 && writable,
  };
}

export type TaskYear = Awaited<ReturnType<typeof getTaskYear>>;
