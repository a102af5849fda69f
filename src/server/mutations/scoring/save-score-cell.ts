import "server-only";
import type { SaveScoreCellInput } from "@/schemas/scoring/save-score-cell";
import type { SessionUser } from "@/server/auth/session-user";
import type { YearVisibility } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import type { CrossCheckCombine } from "@/domain/scoring";
import { combinedPeerScore } from "@/server/queries/scoring/combined-peer-score";
import { formatPoints } from "@/domain/format";
import { auditLineChange } from "./audit-score-line";
import { readScoreEntry } from "./authorize-score-entry";
import { lockYearAndSheet } from "./lock-score-sheet";
import { ScoreCellConflictError } from "./score-cell-conflict";
import { findScoreLeaf, requireTypedLeaf, type ScoreLeaf } from "./score-leaf";
import {
  createLine,
  deleteLine,
  lineAtVersion,
  requireNoLine,
  updateLineAtVersion,
  type LineRow,
} from "./write-score-line";

export type SavedScoreCell = {
  /** The line now holding the cell (evidence files attach to it); null when the cell is blank. */
  lineId: string | null;
  version: number;
  points: number | null;
  explanation: string | null;
  evidenceUrl: string | null;
  enteredByName: string | null;
  updatedAt: string | null;
  sheet: { id: string; status: string; version: number } | null;
};

/**
 * Saves one cell of the score grid: authorised from the criterion's own bloc-year, limited to
 * the leaf's maximum (or cap), refused if the line changed since `input.version`, audited old →
 * new per field. A blank cell with a line removes the line. Also returns the year's visibility,
 * for the grid's update after the save.
 */
export async function saveScoreCell(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SaveScoreCellInput,
): Promise<SavedScoreCell & { blocYearId: string; visibility: YearVisibility }> {
  // The criterion and the user's rights in its year, side by side before the transaction (the
  // year comes from the criterion, never from the request); the transaction locks the year and
  // checks its stage again. Failures are reported in this order whichever arrives first.
  const [found, authorised] = await Promise.allSettled([
    findScoreLeaf(prisma, input.criterionId),
    readScoreEntry(prisma, {
      user,
      unitId: input.unitId,
      stage: input.stage,
      ...(input.scorerUnitId !== undefined && { scorerUnitId: input.scorerUnitId }),
      year: { criterionId: input.criterionId },
    }),
  ]);
  if (found.status === "rejected") throw found.reason;
  if (authorised.status === "rejected") throw authorised.reason;
  const { blocYearId, unitName, scorerName, peerCombine, visibility } = authorised.value;
  const leaf = requireTypedLeaf(found.value);
  checkLimit(leaf, input.points);
  const by = scorerName === null ? "" : ` · phiếu của ${scorerName}`;
  const subject = `${leaf.code} · ${SCORE_STAGE_LABEL[input.stage]}${by} · ${unitName}`;
  return prisma.$transaction(async (tx) => {
    if (peerCombine !== null) await checkFinalReason(tx, { input, blocYearId, combine: peerCombine, leaf });
    const sheet = await lockYearAndSheet(
      tx,
      { blocYearId, unitId: input.unitId, stage: input.stage, scorerUnitId: input.scorerUnitId ?? null },
      {
        // A line at version > 0 means its sheet exists: skip the insert attempt.
        create: input.points !== null && input.version === 0,
      },
    );
    const saved = await writeCell(tx, { user, input, blocYearId, sheetId: sheet?.id ?? null, subject });
    return { ...saved, sheet, blocYearId, visibility };
  });
}

/**
 * With peers, the final stage defaults to their combined cross-check: a different final figure
 * needs a reason; the same figure, or one where no peer has scored, does not.
 */
async function checkFinalReason(
  tx: AppTransaction,
  options: { input: SaveScoreCellInput; blocYearId: string; combine: CrossCheckCombine; leaf: ScoreLeaf },
): Promise<void> {
  const { input, leaf } = options;
  if (input.stage !== "FINAL" || input.points === null || input.explanation !== null) return;
  const combined = await combinedPeerScore(tx, {
    blocYearId: options.blocYearId,
    unitId: input.unitId,
    criterionId: leaf.id,
    combine: options.combine,
    limit: leaf.limit,
  });
  if (combined !== null && combined !== input.points) throw new UserFacingError(FINAL_NEEDS_REASON);
}

const FINAL_NEEDS_REASON =
  "Năm này điểm chấm cuối mặc định là điểm chấm chéo tổng hợp: khi nhập điểm khác, vui lòng ghi lý do ở phần giải trình.";

function checkLimit(leaf: ScoreLeaf, points: number | null): void {
  if (points !== null && points > leaf.limit) {
    const limitName = leaf.kind === "MANUAL" ? "điểm tối đa" : "mức trần";
    throw new UserFacingError(
      `Điểm tiêu chí ${leaf.code} không được vượt ${limitName} ${formatPoints(leaf.limit)}.`,
    );
  }
}

type CellWrite = {
  user: SessionUser;
  input: SaveScoreCellInput;
  blocYearId: string;
  sheetId: string | null;
  subject: string;
};
const EMPTY_CELL = {
  lineId: null,
  version: 0,
  points: null,
  explanation: null,
  evidenceUrl: null,
  enteredByName: null,
  updatedAt: null,
};

async function writeCell(
  tx: AppTransaction,
  { user, input, blocYearId, sheetId, subject }: CellWrite,
): Promise<Omit<SavedScoreCell, "sheet">> {
  const { points, explanation, evidenceUrl, version } = input;
  if (sheetId === null) {
    // No sheet: the line the user loaded is gone; a blank cell of a sheet nobody started stays blank.
    if (version > 0) throw new ScoreCellConflictError(null);
    return EMPTY_CELL;
  }
  const target = { sheetId, criterionId: input.criterionId, enteredById: user.id };
  const audit = { tx, actorId: user.id, blocYearId, subject };
  if (version === 0 && points === null) {
    await requireNoLine(tx, target);
    return EMPTY_CELL;
  }
  if (version === 0 && points !== null) {
    const created = await createLine(tx, target, { points, explanation, evidenceUrl });
    await auditLineChange(audit, { lineId: created.id, before: null, after: created });
    return cellOf(created, user);
  }
  if (points === null) {
    const before = await lineAtVersion(tx, target, version);
    await deleteLine(tx, target, before);
    await auditLineChange(audit, { lineId: before.id, before, after: null });
    return EMPTY_CELL;
  }
  const { before, after } = await updateLineAtVersion(tx, target, version, {
    points,
    explanation,
    evidenceUrl,
  });
  await auditLineChange(audit, { lineId: after.id, before, after });
  return cellOf(after, user);
}

const cellOf = (line: LineRow, user: SessionUser) => ({
  lineId: line.id,
  version: line.version,
  points: line.points,
  explanation: line.explanation,
  evidenceUrl: line.evidenceUrl,
  enteredByName: user.displayName,
  updatedAt: line.updatedAt.toISOString(),
});
