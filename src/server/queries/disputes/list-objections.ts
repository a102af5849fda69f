import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";
import { OBJECTION_RECORD_SELECT } from "./objection-select";

/** A year's objections in number order, each with its papers and who filed and answered it. */
export async function listObjections(
  prisma: AppPrismaClient,
  options: { blocYearId: string; unitIds: string[] | null; nameOf: (unitId: string) => string },
) {
  const rows = await prisma.objection.findMany({
    where: { blocYearId: options.blocYearId, ...(options.unitIds && { unitId: { in: options.unitIds } }) },
    orderBy: { number: "asc" },
    select: {
      ...OBJECTION_RECORD_SELECT,
      id: true,
      filedBy: { select: { displayName: true } },
      resolvedBy: { select: { displayName: true } },
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
