import "server-only";
import type { SheetStatusCode } from "@/domain/vocabulary";
import { canTransition, STATUS_AFTER, type SheetTransition } from "@/domain/score-entry/sheet-status";
import type { SessionUser } from "@/server/auth/session-user";
import { mayReviewScoreSheet } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, ForbiddenError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeYearWrite } from "../writable-bloc-year";
import { authorizeScoreEntry } from "./authorize-score-entry";

type Sheet = {
  id: string;
  blocYearId: string;
  unitId: string;
  stage: "SELF" | "CROSS_CHECK" | "FINAL";
  status: SheetStatusCode;
  version: number;
  returnReason: string | null;
};
export type SheetChange = { sheetId: string; version: number; transition: SheetTransition; reason?: string };
export type ChangedSheet = {
  id: string;
  status: SheetStatusCode;
  version: number;
  returnReason: string | null;
};

const NOT_ALLOWED_FROM: Record<SheetTransition, string> = {
  submit: "Phiếu này đã nộp hoặc đã được duyệt.",
  return: "Chỉ trả lại được phiếu đã nộp và chưa duyệt.",
  approve: "Chỉ duyệt được phiếu đã nộp.",
};

/**
 * Moves a self-score sheet along its life (domain/score-entry/sheet-status): the unit submits,
 * a manager of another unit approves or returns it with a reason. Audited old → new.
 */
export async function transitionScoreSheet(
  prisma: AppPrismaClient,
  user: SessionUser,
  change: SheetChange,
): Promise<ChangedSheet> {
  return prisma.$transaction(async (tx) => {
    const sheet = await tx.scoreSheet.findUnique({
      where: { id: change.sheetId },
      select: {
        id: true,
        blocYearId: true,
        unitId: true,
        stage: true,
        status: true,
        version: true,
        returnReason: true,
      },
    });
    if (!sheet) throw new ForbiddenError();
    await authorizeTransition(tx, user, sheet, change.transition);
    if (sheet.stage !== "SELF")
      throw new UserFacingError("Chỉ phiếu tự chấm mới được nộp, duyệt hoặc trả lại.");
    if (sheet.version !== change.version) throw new ConflictError();
    if (!canTransition(sheet.status, change.transition))
      throw new UserFacingError(NOT_ALLOWED_FROM[change.transition]);
    if (change.transition === "submit") await requireSomeLine(tx, sheet.id);
    return applyTransition(tx, user, sheet, change);
  });
}

async function authorizeTransition(
  tx: AppTransaction,
  user: SessionUser,
  sheet: Sheet,
  transition: SheetTransition,
): Promise<void> {
  if (transition === "submit") {
    await authorizeScoreEntry(tx, {
      user,
      blocYearId: sheet.blocYearId,
      unitId: sheet.unitId,
      stage: sheet.stage,
    });
    return;
  }
  await authorizeYearWrite(tx, { user, blocYearId: sheet.blocYearId, activity: "sheetReview" });
  if (!mayReviewScoreSheet(user, sheet.unitId))
    throw new ForbiddenError("Bạn không được duyệt phiếu chấm của chính đơn vị mình.");
}

async function requireSomeLine(tx: AppTransaction, sheetId: string): Promise<void> {
  if ((await tx.scoreLine.count({ where: { sheetId } })) === 0)
    throw new UserFacingError("Phiếu chưa có điểm nào: hãy nhập điểm trước khi nộp.");
}

async function applyTransition(
  tx: AppTransaction,
  user: SessionUser,
  sheet: Sheet,
  change: SheetChange,
): Promise<ChangedSheet> {
  const status = STATUS_AFTER[change.transition];
  const now = new Date();
  const returnReason =
    change.transition === "return"
      ? (change.reason ?? null)
      : change.transition === "submit"
        ? null
        : sheet.returnReason;
  const timestamps =
    change.transition === "submit"
      ? { submittedAt: now, approvedAt: null }
      : change.transition === "approve"
        ? { approvedAt: now }
        : { approvedAt: null };
  const { count } = await tx.scoreSheet.updateMany({
    where: { id: sheet.id, version: sheet.version },
    data: { status, returnReason, ...timestamps, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();
  const audit = {
    actorId: user.id,
    blocYearId: sheet.blocYearId,
    entity: "ScoreSheet",
    entityId: sheet.id,
    action: change.transition,
  } as const;
  await recordAudit(tx, {
    ...audit,
    field: "status",
    oldValue: sheet.status,
    newValue: status,
    ...(change.reason && { reason: change.reason }),
  });
  if (returnReason !== sheet.returnReason) {
    await recordAudit(tx, {
      ...audit,
      field: "returnReason",
      ...(sheet.returnReason !== null && { oldValue: sheet.returnReason }),
      ...(returnReason !== null && { newValue: returnReason }),
    });
  }
  return { id: sheet.id, status, version: sheet.version + 1, returnReason };
}
