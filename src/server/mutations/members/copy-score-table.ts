import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { pointDeductions } from "@/server/mutations/score-table/point-deductions";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";

type CriterionRow = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: "SECTION" | "MANUAL" | "TASK_DERIVED" | "BONUS" | "DEDUCTION";
  maxPoints: number;
  capPoints: number | null;
  reducesId: string | null;
  position: number;
};

/**
 * Copies the score table in force (the highest version) of one year into another as version 1,
 * level by level so that children get their new parents' ids. The rules name a criterion by id
 * (the deduction for tasks not done): it is re-pointed to the copy with the same code.
 */
export async function copyScoreTable(
  tx: AppTransaction,
  options: { fromBlocYearId: string; toBlocYearId: string; year: number; rules: unknown },
): Promise<unknown> {
  const source = await tx.scoreTable.findFirst({
    where: { blocYearId: options.fromBlocYearId },
    orderBy: { version: "desc" },
    select: {
      title: true,
      maxPoints: true,
      criteria: { select: CRITERION_SELECT },
    },
  });
  if (!source) return options.rules;
  const table = await tx.scoreTable.create({
    data: {
      blocYearId: options.toBlocYearId,
      version: 1,
      title: retitle(source.title, options.year),
      maxPoints: source.maxPoints,
    },
    select: { id: true },
  });
  const newIds = await copyCriteria(tx, table.id, source.criteria);
  const codeById = new Map(source.criteria.map((criterion) => [criterion.id, criterion.code]));
  return repointRules(options.rules, (oldId) => newIds.get(codeById.get(oldId) ?? "") ?? null);
}

async function copyCriteria(
  tx: AppTransaction,
  scoreTableId: string,
  criteria: readonly CriterionRow[],
): Promise<Map<string, string>> {
  const newIdByCode = new Map<string, string>();
  const codeById = new Map(criteria.map((criterion) => [criterion.id, criterion.code]));
  let level = criteria.filter((criterion) => criterion.parentId === null);
  while (level.length > 0) {
    const created = await tx.criterion.createManyAndReturn({
      data: level.map(({ id: _id, parentId, reducesId: _reduces, ...fields }) => ({
        ...fields,
        scoreTableId,
        parentId: parentId === null ? null : (newIdByCode.get(codeById.get(parentId) ?? "") ?? null),
      })),
      select: { id: true, code: true },
    });
    for (const row of created) newIdByCode.set(row.code, row.id);
    const parents = new Set(level.map((criterion) => criterion.id));
    level = criteria.filter((criterion) => criterion.parentId !== null && parents.has(criterion.parentId));
  }
  const copies = new Map<string, string>();
  for (const criterion of criteria) {
    const copy = newIdByCode.get(criterion.code);
    if (copy !== undefined) copies.set(criterion.id, copy);
  }
  await pointDeductions(
    tx,
    criteria.map((criterion) => ({ key: criterion.id, reducesKey: criterion.reducesId })),
    copies,
  );
  return newIdByCode;
}

/** "Bảng điểm thi đua năm 2024" → "… năm 2025"; a title without the year is kept as it is. */
function retitle(title: string, year: number): string {
  return title.replace(/\b(19|20)\d{2}\b/, String(year));
}

function repointRules(rules: unknown, newId: (oldId: string) => string | null): unknown {
  if (typeof rules !== "object" || rules === null || !("taskCompletion" in rules)) return rules;
  const taskCompletion = (rules as { taskCompletion: Record<string, unknown> }).taskCompletion;
  const oldId = taskCompletion.notDoneDeductionCriterionId;
  if (typeof oldId !== "string") return rules;
  return { ...rules, taskCompletion: { ...taskCompletion, notDoneDeductionCriterionId: newId(oldId) } };
}
