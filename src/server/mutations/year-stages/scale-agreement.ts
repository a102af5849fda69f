import "server-only";
import { scaleMismatch } from "@/domain/score-table/validate-criteria-tree";
import type { AppTransaction } from "@/server/database/connect";
import { StageRefusedError } from "@/server/errors";

const SCALE_KINDS = new Set(["SECTION", "MANUAL", "TASK_DERIVED"]);

/**
 * Scoring starts only on a table whose sections add up to its nominal scale: the sections are
 * the maximum behind every percentage and classification, the scale what the bloc announced.
 */
export async function assertScaleAgrees(tx: AppTransaction, blocYearId: string): Promise<void> {
  const table = await tx.scoreTable.findFirst({
    where: { blocYearId },
    orderBy: { version: "desc" },
    select: {
      maxPoints: true,
      criteria: { where: { parentId: null }, select: { kind: true, maxPoints: true } },
    },
  });
  if (!table) return;
  const sections = table.criteria.filter((criterion) => SCALE_KINDS.has(criterion.kind));
  const problem = scaleMismatch(
    sections.reduce((sum, section) => sum + section.maxPoints, 0),
    table.maxPoints,
  );
  if (problem)
    throw new StageRefusedError(
      `Chưa thể bắt đầu chấm điểm: ${problem} Sửa bảng điểm ở mục “Bảng điểm & quy tắc” cho hai con số khớp nhau.`,
    );
}
