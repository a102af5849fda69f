import "server-only";
import type { ReturnScoreSheetInput, ScoreSheetRefInput } from "@/schemas/scoring/review-score-sheet";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { transitionScoreSheet } from "./transition-score-sheet";

/** The unit's leader hands in the self-score sheet; it is locked until approved or returned. */
export function submitScoreSheet(prisma: AppPrismaClient, user: SessionUser, input: ScoreSheetRefInput) {
  return transitionScoreSheet(prisma, user, {
    sheetId: input.sheetId,
    version: input.version,
    transition: "submit",
  });
}

/** The secretariat accepts a submitted sheet. */
export function approveScoreSheet(prisma: AppPrismaClient, user: SessionUser, input: ScoreSheetRefInput) {
  return transitionScoreSheet(prisma, user, {
    sheetId: input.sheetId,
    version: input.version,
    transition: "approve",
  });
}

/** The secretariat sends a submitted sheet back with the reason the unit will see. */
export function returnScoreSheet(prisma: AppPrismaClient, user: SessionUser, input: ReturnScoreSheetInput) {
  return transitionScoreSheet(prisma, user, {
    sheetId: input.sheetId,
    version: input.version,
    transition: "return",
    reason: input.reason,
  });
}
