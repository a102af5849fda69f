import "server-only";
import type { SessionUser } from "../auth/session-user";
import { grantsOfKind, holdsManagingGrant, ownUnitIds } from "./grants";
import { leadsUnit } from "./own-unit";
import type { BlocAction } from "./scope";

export type ScoreEntryStage = "SELF" | "CROSS_CHECK" | "FINAL";

/** Why a score write is refused: the stage is not the user's, or it is a cross-check of their own unit. */
export type ScoreEntryRefusal = "NOT_YOUR_STAGE" | "OWN_CROSS_CHECK";

/**
 * Who may type one stage's scores for one unit (the bloc-year access — manage for every stage
 * but the self-score — is checked separately, so a managing grant counts only in the years it
 * manages): an agency leader the self-score of their own unit only; a manager the cross-check
 * and final scores of any unit, except that nobody cross-checks a unit of their own
 * (docs/domain.md, "Roles"). Null when allowed.
 */
export function scoreEntryRefusal(
  user: SessionUser,
  target: { stage: ScoreEntryStage; unitId: string },
): ScoreEntryRefusal | null {
  if (target.stage === "SELF") return leadsUnit(user, target.unitId) ? null : "NOT_YOUR_STAGE";
  if (!holdsManagingGrant(user)) return "NOT_YOUR_STAGE";
  return target.stage === "CROSS_CHECK" && ownUnitIds(user).includes(target.unitId)
    ? "OWN_CROSS_CHECK"
    : null;
}

/** scoreEntryRefusal as a yes/no. */
export function mayEnterScores(
  user: SessionUser,
  target: { stage: ScoreEntryStage; unitId: string },
): boolean {
  return scoreEntryRefusal(user, target) === null;
}

/** Approving or returning a submitted sheet: a manager, never for a unit of their own. */
export function mayReviewScoreSheet(user: SessionUser, unitId: string): boolean {
  return holdsManagingGrant(user) && !ownUnitIds(user).includes(unitId);
}

/** The bloc-year access a score writer needs: leaders write their self-score in a year they can see. */
export function scoreEntryAccess(stage: ScoreEntryStage): BlocAction {
  return stage === "SELF" ? "view" : "manage";
}

/** The stage the score page opens on: a leader's own self-score, a manager's (or viewer's) cross-check. */
export function defaultScoreStage(user: SessionUser): ScoreEntryStage {
  return grantsOfKind(user, "AGENCY_LEADER").length > 0 && !holdsManagingGrant(user) ? "SELF" : "CROSS_CHECK";
}

/**
 * Peer cross-checking (the year's rules let member units cross-check each other, each in a sheet
 * of its own): the scorer unit's leader writes its sheet with read access to the year; anyone
 * else needs to manage the year (the secretariat types a sheet handed in on paper).
 */
export function peerEntryAccess(user: SessionUser, scorerUnitId: string): BlocAction {
  return leadsUnit(user, scorerUnitId) ? "view" : "manage";
}

/** Whose peer cross-check sheets a user may open in the grid: their own units' or, managing, any. */
export function mayEnterPeerSheet(
  user: SessionUser,
  sheet: { scorerUnitId: string; managesYear: boolean },
): boolean {
  return leadsUnit(user, sheet.scorerUnitId) || (sheet.managesYear && holdsManagingGrant(user));
}
