import "server-only";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { GRID_CELL_SELECT, gridCellOf } from "@/server/queries/scoring/grid-cell-select";
import { ScoreCellConflictError, type CurrentScoreCell } from "./score-cell-conflict";

export type LineValues = { points: number; explanation: string | null; evidenceUrl: string | null };
export type LineRow = LineValues & { id: string; version: number; updatedAt: Date };
type Target = { sheetId: string; criterionId: string; enteredById: string };

async function conflict(tx: AppTransaction, target: Target): Promise<ScoreCellConflictError> {
  const where = { sheetId_criterionId: { sheetId: target.sheetId, criterionId: target.criterionId } };
  const line = await tx.scoreLine.findUnique({ where, select: GRID_CELL_SELECT });
  const current: CurrentScoreCell = line && { lineId: line.id, ...gridCellOf(line) };
  return new ScoreCellConflictError(current);
}

/** A new line; if someone created it meanwhile (unique sheet + criterion) that is a conflict. */
export async function createLine(tx: AppTransaction, target: Target, values: LineValues): Promise<LineRow> {
  const created = await tx.scoreLine.createManyAndReturn({
    data: [{ ...target, ...values }],
    skipDuplicates: true,
    select: { id: true, points: true, explanation: true, evidenceUrl: true, version: true, updatedAt: true },
  });
  if (!created[0]) throw await conflict(tx, target);
  return created[0];
}

/** Clearing a cell that was empty when loaded: a line created meanwhile is a conflict. */
export async function requireNoLine(tx: AppTransaction, target: Target): Promise<void> {
  const where = { sheetId_criterionId: { sheetId: target.sheetId, criterionId: target.criterionId } };
  if (await tx.scoreLine.findUnique({ where, select: { id: true } })) throw await conflict(tx, target);
}

/** The line as it was at `version`, or a conflict showing what it is now. */
export async function lineAtVersion(tx: AppTransaction, target: Target, version: number): Promise<LineRow> {
  const line = await tx.scoreLine.findUnique({
    where: { sheetId_criterionId: { sheetId: target.sheetId, criterionId: target.criterionId } },
    select: GRID_CELL_SELECT,
  });
  if (!line || line.version !== version) throw await conflict(tx, target);
  return line;
}

type UpdatedLineRow = LineRow & {
  oldPoints: number;
  oldExplanation: string | null;
  oldEvidenceUrl: string | null;
};

/**
 * Optimistic update, only if nobody changed the line since `version`: one statement that also
 * returns what the line held before (for the audit trail), instead of a read and then a write.
 */
export async function updateLineAtVersion(
  tx: AppTransaction,
  target: Target,
  version: number,
  values: LineValues,
): Promise<{ before: LineValues; after: LineRow }> {
  // The app's clock, as Prisma's @updatedAt: the grid compares it with times the app gave out.
  // Stored as UTC without a zone, as Prisma stores it.
  const now = new Date().toISOString();
  const [row] = await tx.$queryRaw<UpdatedLineRow[]>`
    UPDATE "ScoreLine" AS l
    SET points = ${values.points}, explanation = ${values.explanation}, "evidenceUrl" = ${values.evidenceUrl},
      "enteredById" = ${target.enteredById}, version = l.version + 1, "updatedAt" = ${now}::timestamp(3)
    FROM (
      SELECT id, points, explanation, "evidenceUrl" FROM "ScoreLine"
      WHERE "sheetId" = ${target.sheetId} AND "criterionId" = ${target.criterionId} AND version = ${version}
      FOR UPDATE
    ) AS old
    WHERE l.id = old.id
    RETURNING l.id, l.points, l.explanation, l."evidenceUrl", l.version, l."updatedAt",
      old.points AS "oldPoints", old.explanation AS "oldExplanation", old."evidenceUrl" AS "oldEvidenceUrl"`;
  if (!row) throw await conflict(tx, target);
  return {
    before: { points: row.oldPoints, explanation: row.oldExplanation, evidenceUrl: row.oldEvidenceUrl },
    after: {
      id: row.id,
      points: row.points,
      explanation: row.explanation,
      evidenceUrl: row.evidenceUrl,
      version: row.version,
      updatedAt: row.updatedAt,
    },
  };
}

/** Clearing a cell removes its line, again only at the version the user saw. */
/** Removes a line, unless it still has evidence files: those go one by one, each audited, first. */
export async function deleteLine(tx: AppTransaction, target: Target, line: LineRow): Promise<void> {
  if ((await tx.attachment.count({ where: { scoreLineId: line.id } })) > 0)
    throw new UserFacingError("Ô điểm này còn tệp minh chứng: hãy gỡ các tệp trước khi xóa điểm.");
  const { count } = await tx.scoreLine.deleteMany({ where: { id: line.id, version: line.version } });
  if (count === 0) throw await conflict(tx, target);
}
