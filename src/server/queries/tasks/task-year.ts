import "server-only";
import { stageAllows, stageRefusalMessage, type YearStage } from "@/domain/year-stages";
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
  const canManage = manageable > 0;
  const definable = stageAllows(row.status, "tasks");
  return {
    id: row.id,
    year: row.year,
    provinceId: row.bloc.provinceId,
    stage: row.status,
    progressOpen: stageAllows(row.status, "taskProgress"),
    canManage,
    canEdit: canManage && definable,
    /** Deleting a task is open only before scoring starts (src/domain/year-stages). */
    canRemove: canManage && stageAllows(row.status, "taskRemoval"),
    /** Why the user may not add or import tasks here (null when they may). */
    definitionRefusal: refusal({ status: row.status, canManage, definable }),
  };
}

function refusal(year: { status: YearStage; canManage: boolean; definable: boolean }): string | null {
  if (year.status === "PUBLISHED") return "Kết quả năm này đã công bố nên không thể thêm hay nhập nhiệm vụ.";
  if (!year.canManage) return "Bạn chỉ có quyền xem nhiệm vụ của năm này.";
  return year.definable ? null : stageRefusalMessage(year.status, "tasks");
}

export type TaskYear = Awaited<ReturnType<typeof getTaskYear>>;
