import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";

type RulesJson = { taskCompletion?: { notDoneDeductionCriterionId?: unknown } };

function deductionIdOf(rules: Prisma.JsonValue): string | null {
  const id = (rules as RulesJson | null)?.taskCompletion?.notDoneDeductionCriterionId;
  return typeof id === "string" ? id : null;
}

/** The criterion the year's rules book "task not done" deductions on, if any. */
export async function rulesDeductionCriterionId(
  tx: AppTransaction,
  blocYearId: string,
): Promise<string | null> {
  const row = await tx.blocYear.findUniqueOrThrow({ where: { id: blocYearId }, select: { rules: true } });
  return deductionIdOf(row.rules);
}

/**
 * Points the rules at the deduction criterion's copy in a new table version, so the rule keeps
 * booking on the table in force. The year's version moves on: a rules form open elsewhere must reload.
 */
export async function remapRulesDeduction(
  tx: AppTransaction,
  options: { blocYearId: string; actorId: string; newIds: ReadonlyMap<string, string> },
): Promise<void> {
  const row = await tx.blocYear.findUniqueOrThrow({
    where: { id: options.blocYearId },
    select: { rules: true },
  });
  const oldId = deductionIdOf(row.rules);
  const newId = oldId === null ? undefined : options.newIds.get(oldId);
  if (oldId === null || newId === undefined) return;
  const rules = row.rules as Prisma.JsonObject & { taskCompletion: Prisma.JsonObject };
  const updated = {
    ...rules,
    taskCompletion: { ...rules.taskCompletion, notDoneDeductionCriterionId: newId },
  };
  await tx.blocYear.update({
    where: { id: options.blocYearId },
    data: { rules: updated, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actorId: options.actorId,
    blocYearId: options.blocYearId,
    entity: "BlocYear",
    entityId: options.blocYearId,
    action: "update",
    field: "rules.taskCompletion.notDoneDeductionCriterionId",
    oldValue: oldId,
    newValue: newId,
    reason: "Bảng điểm có phiên bản mới",
  });
}
