import "server-only";
import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import { readScoreEntry } from "../scoring/authorize-score-entry";
import { lockYearAndSheet } from "../scoring/lock-score-sheet";
import { authorizeTaskWrite } from "../tasks/authorize-task-write";
export { authorizeObjectionEvidence } from "../disputes/objection-evidence";

/** What an evidence file is attached to, once the user is allowed to change it. */
export type EvidenceTarget = {
  blocYearId: string;
  owner: { taskId: string } | { scoreLineId: string } | { objectionId: string };
  /** How the audit log names it, e.g. "Nhiệm vụ số 5" or "II.1 · Tự chấm · Sở Xây dựng". */
  subject: string;
};

/** A task's evidence is part of its progress: whoever may update the progress may attach and remove. */
export async function authorizeTaskEvidence(
  tx: AppTransaction,
  options: { user: SessionUser; taskId: string },
): Promise<EvidenceTarget> {
  const task = await authorizeTaskWrite(tx, { ...options, write: "progress" });
  return { blocYearId: task.blocYearId, owner: { taskId: task.id }, subject: task.subject };
}

/**
 * A score line's evidence goes with its points: the same checks as entering them (the stage's
 * writer for that unit, the year open for score entry, the sheet not submitted or approved),
 * all from the line's own sheet, never from ids the client sent.
 */
export async function authorizeScoreLineEvidence(
  tx: AppTransaction,
  options: { user: SessionUser; lineId: string },
): Promise<EvidenceTarget> {
  const line = await tx.scoreLine.findUnique({
    where: { id: options.lineId },
    select: {
      id: true,
      criterion: { select: { code: true } },
      sheet: { select: { blocYearId: true, unitId: true, stage: true, scorerUnitId: true } },
    },
  });
  if (!line) throw new ForbiddenError();
  const { blocYearId, unitId, stage, scorerUnitId } = line.sheet;
  const { unitName, scorerName } = await readScoreEntry(tx, {
    user: options.user,
    unitId,
    stage,
    ...(scorerUnitId !== null && { scorerUnitId }),
    year: { blocYearId },
  });
  await lockYearAndSheet(tx, { blocYearId, unitId, stage, scorerUnitId }, { create: false });
  const by = scorerName === null ? "" : ` · phiếu của ${scorerName}`;
  return {
    blocYearId,
    owner: { scoreLineId: line.id },
    subject: `${line.criterion.code} · ${SCORE_STAGE_LABEL[stage]}${by} · ${unitName}`,
  };
}
