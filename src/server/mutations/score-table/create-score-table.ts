import "server-only";
import type { CreateScoreTableInput } from "@/schemas/score-table/edit-criteria";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeYearRewrite } from "@/server/mutations/writable-bloc-year";

/** Version 1, empty, for a year that has no score table yet. */
export async function createScoreTable(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CreateScoreTableInput,
) {
  return prisma.$transaction(async (tx) => {
    const blocYear = await authorizeYearRewrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "scoreTable",
    });
    const existing = await tx.scoreTable.count({ where: { blocYearId: blocYear.id } });
    if (existing > 0) throw new ConflictError("Năm này đã có bảng điểm. Vui lòng tải lại trang.");
    const table = await tx.scoreTable.create({
      data: { blocYearId: blocYear.id, version: 1, title: input.title, maxPoints: input.maxPoints },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "ScoreTable",
      entityId: table.id,
      action: "create",
      newValue: { version: 1, title: input.title, maxPoints: input.maxPoints },
    });
    return { scoreTableId: table.id };
  });
}
