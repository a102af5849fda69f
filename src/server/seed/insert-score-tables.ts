import type { Prisma } from "@/generated/prisma/client";
import { idFor } from "./refs";
import {
  SCORE_TABLE_MAX_POINTS,
  TASK_CRITERION_CODE,
  scoreTableCriteria,
  scoreTableTitle,
  type SeedCriterion,
} from "./score-table";

export type ScoreTableRequest = { blocYearId: string; year: number; programme: string };

/**
 * Version 1 of the default score table for each bloc-year, in three inserts whatever the number
 * of tables: tables, then top-level nodes, then their children (which need the parents' ids).
 * Returns the task-derived criterion id by bloc-year id.
 */
export async function insertScoreTables(
  tx: Prisma.TransactionClient,
  requests: readonly ScoreTableRequest[],
): Promise<ReadonlyMap<string, string>> {
  const tables = await tx.scoreTable.createManyAndReturn({
    data: requests.map(({ blocYearId, year }) => ({
      blocYearId,
      version: 1,
      title: scoreTableTitle(year),
      maxPoints: SCORE_TABLE_MAX_POINTS,
    })),
    select: { id: true, blocYearId: true },
  });
  const tableIds = new Map(tables.map((table) => [table.blocYearId, table.id]));
  const trees = requests.map((request) => ({
    scoreTableId: idFor(tableIds, request.blocYearId),
    criteria: scoreTableCriteria(request.programme),
  }));

  const roots = await tx.criterion.createManyAndReturn({
    data: trees.flatMap(({ scoreTableId, criteria }) =>
      criteria.map((criterion, index) => criterionRow(scoreTableId, criterion, index, null)),
    ),
    select: { id: true, scoreTableId: true, code: true },
  });
  const rootIds = new Map(roots.map((root) => [`${root.scoreTableId}:${root.code}`, root.id]));
  const children = await tx.criterion.createManyAndReturn({
    data: trees.flatMap(({ scoreTableId, criteria }) =>
      criteria.flatMap((parent) =>
        (parent.children ?? []).map((child, index) =>
          criterionRow(scoreTableId, child, index, idFor(rootIds, `${scoreTableId}:${parent.code}`)),
        ),
      ),
    ),
    select: { id: true, scoreTableId: true, code: true },
  });

  const taskCriterionIds = new Map(
    children
      .filter((child) => child.code === TASK_CRITERION_CODE)
      .map((child) => [child.scoreTableId, child.id]),
  );
  return new Map(
    requests.map(({ blocYearId }) => [blocYearId, idFor(taskCriterionIds, idFor(tableIds, blocYearId))]),
  );
}

function criterionRow(
  scoreTableId: string,
  criterion: SeedCriterion,
  index: number,
  parentId: string | null,
) {
  const { code, title, kind, maxPoints, capPoints } = criterion;
  return {
    scoreTableId,
    parentId,
    code,
    title,
    kind,
    maxPoints,
    capPoints: capPoints ?? null,
    position: index + 1,
  };
}
