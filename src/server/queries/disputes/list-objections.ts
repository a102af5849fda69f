import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

/** A year's objections in number order, each with its papers and who filed and answered it. */
export async function listObjections(
  prisma: AppPrismaClient,
  options: { blocYearId: string; unitIds: string[] | null; nameOf: (unitId: string) => string },
) {
  const rows = await prisma.objection.findMany({
    where: { blocYearId: options.blocYearId, ...(options.unitIds && { unitId: { in: options.unitIds } }) },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      unitId: true,
      criterionId: true,
      criterion: { select: { code: true, title: true } },
      stage: true,
      pointsObjected: true,
      reason: true,
      filedBy: { select: { displayName: true } },
      filedAt: true,
      status: true,
      resolution: true,
      resolvedPoints: true,
      resolvedBy: { select: { displayName: true } },
      resolvedAt: true,
      version: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
    },
  });
  return rows.map(({ criterion, filedBy, resolvedBy, filedAt, resolvedAt, attachments, ...row }) => ({
    ...row,
    unitName: options.nameOf(row.unitId),
    criterionCode: criterion.code,
    criterionTitle: criterion.title,
    filedByName: filedBy.displayName,
    filedAt: filedAt.toISOString(),
    resolvedByName: resolvedBy?.displayName ?? null,
    resolvedAt: resolvedAt?.toISOString() ?? null,
    files: attachments,
  }));
}
