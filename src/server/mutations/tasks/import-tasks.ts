import "server-only";
import { fromIsoDay } from "@/domain/calendar";
import { checkImportRows, type ImportedTask, type ImportProblem, type ImportRow } from "@/domain/tasks";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { loadImportContext } from "./import-context";
import { definitionValues } from "./task-audit-values";
import { reserveTaskNumbers } from "./task-numbers";

export type ImportProgress = { phase: "checking" | "saving"; done: number; total: number };
export type ImportOutcome =
  | { ok: true; count: number; firstNumber: number; lastNumber: number }
  | { ok: false; problems: ImportProblem[] };

const CHUNK = 500;

/**
 * Imports a sheet's rows into a bloc-year: every row is checked first and nothing is saved unless
 * all are valid; then all are inserted in this one transaction, with an audit event per task and
 * one for the import.
 */
export async function importTasks(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: { blocYearId: string; rows: readonly ImportRow[]; fileName: string },
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const year = await authorizeYearWrite(tx, { user, blocYearId: input.blocYearId, activity: "tasks" });
      const { context, criterionId } = await loadImportContext(tx, year.id);
      const total = input.rows.length;
      const checked = checkImportRows(
        input.rows,
        context,
        (index) => index % CHUNK === 0 && onProgress({ phase: "checking", done: index, total }),
      );
      onProgress({ phase: "checking", done: total, total });
      if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
      const firstNumber = await reserveTaskNumbers(tx, year.id);
      await insertTasks(
        tx,
        { blocYearId: year.id, actorId: user.id, criterionId, firstNumber, tasks: checked.tasks },
        onProgress,
      );
      await recordAudit(tx, {
        actorId: user.id,
        blocYearId: year.id,
        entity: "BlocYear",
        entityId: year.id,
        action: "import-tasks",
        newValue: { count: total, fileName: input.fileName, firstNumber },
      });
      return { ok: true, count: total, firstNumber, lastNumber: firstNumber + total - 1 };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

type Batch = {
  blocYearId: string;
  actorId: string;
  criterionId: string | null;
  firstNumber: number;
  tasks: readonly ImportedTask[];
};

async function insertTasks(tx: AppTransaction, batch: Batch, onProgress: (progress: ImportProgress) => void) {
  const total = batch.tasks.length;
  for (let start = 0; start < total; start += CHUNK) {
    onProgress({ phase: "saving", done: start, total });
    const rows = batch.tasks.slice(start, start + CHUNK).map((task, offset) => ({
      blocYearId: batch.blocYearId,
      number: batch.firstNumber + start + offset,
      title: task.title,
      ownerUnitId: task.ownerUnitId,
      sourceDocumentId: task.sourceDocumentId,
      criterionId: batch.criterionId,
      weight: task.weight,
      isKey: task.isKey,
      deadline: fromIsoDay(task.deadline),
    }));
    const created = await tx.task.createManyAndReturn({
      data: rows,
      select: {
        id: true,
        number: true,
        title: true,
        ownerUnitId: true,
        sourceDocumentId: true,
        weight: true,
        isKey: true,
        deadline: true,
        criterionId: true,
      },
    });
    // One audit row per task, written in bulk: recordAudit's row-at-a-time would take seconds for 2,000 tasks.
    await tx.auditEvent.createMany({
      data: created.map((task) => ({
        actorId: batch.actorId,
        blocYearId: batch.blocYearId,
        entity: "Task",
        entityId: task.id,
        action: "create",
        newValue: { number: task.number, ...definitionValues(task) },
      })),
    });
  }
  onProgress({ phase: "saving", done: total, total });
}
