import "server-only";
import type { BlocWhereInput, BlocYearWhereInput } from "@/generated/prisma/models";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "./auth/session-user";
import { ForbiddenError } from "./errors";

/**
 * The one authorisation policy. Scope comes from the user's row, resources from ids the server
 * derives itself; callers never pass a scope the client chose.
 *
 * - province admin: every bloc of their province, may manage;
 * - bloc secretariat: their bloc, every year, may manage;
 * - viewer: their bloc (or their province when no bloc is set), read only;
 * - agency leader: the bloc-years their unit is a member of, read only (their own unit's
 *   self-score comes with score entry).
 */
export type BlocAction = "view" | "manage";

export function blocYearsVisibleTo(user: SessionUser): BlocYearWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
      return { bloc: { provinceId: user.provinceId } };
    case "BLOC_SECRETARIAT":
      return { blocId: user.blocId ?? NO_MATCH, bloc: { provinceId: user.provinceId } };
    case "VIEWER":
      return user.blocId ? { blocId: user.blocId } : { bloc: { provinceId: user.provinceId } };
    case "AGENCY_LEADER":
      return { memberships: { some: { unitId: user.unitId ?? NO_MATCH } } };
  }
}

export function blocYearsManageableBy(user: SessionUser): BlocYearWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
    case "BLOC_SECRETARIAT":
      return blocYearsVisibleTo(user);
    case "VIEWER":
    case "AGENCY_LEADER":
      return { id: NO_MATCH };
  }
}

export function blocsVisibleTo(user: SessionUser): BlocWhereInput {
  // A province admin also sees a bloc that has no year yet.
  if (user.role === "PROVINCE_ADMIN") return { provinceId: user.provinceId };
  return { years: { some: blocYearsVisibleTo(user) } };
}

/** The blocs whose own settings (the rotation rule) the user may change: the same managers as their years'. */
export function blocsManageableBy(user: SessionUser): BlocWhereInput {
  switch (user.role) {
    case "PROVINCE_ADMIN":
      return { provinceId: user.provinceId };
    case "BLOC_SECRETARIAT":
      return { id: user.blocId ?? NO_MATCH, provinceId: user.provinceId };
    case "VIEWER":
    case "AGENCY_LEADER":
      return { id: NO_MATCH };
  }
}

export function blocYearsAllowed(user: SessionUser, action: BlocAction): BlocYearWhereInput {
  return action === "manage" ? blocYearsManageableBy(user) : blocYearsVisibleTo(user);
}

/** An id no row has: a role without the scope it needs matches nothing, never everything. */
const NO_MATCH = "-no-scope-"; // cuid ids never contain "-"

type BlocYearReader = {
  blocYear: {
    findFirst(args: {
      where: BlocYearWhereInput;
      select: { id: true; status: true; version: true };
    }): Promise<BlocYearFacts | null>;
  };
};
export type BlocYearFacts = { id: string; status: BlocYearStatus; version: number };

/**
 * Loads a bloc-year only if the user may act on it; refuses with the same message whether it
 * does not exist or is someone else's, so ids of other blocs reveal nothing.
 */
export async function authorizeBlocYear(
  reader: BlocYearReader,
  options: { user: SessionUser; blocYearId: string; action: BlocAction },
): Promise<BlocYearFacts> {
  const facts = await reader.blocYear.findFirst({
    where: { id: options.blocYearId, AND: [blocYearsAllowed(options.user, options.action)] },
    select: { id: true, status: true, version: true },
  });
  if (!facts) throw new ForbiddenError();
  return facts;
}

type BlocReader = {
  bloc: { findFirst(args: { where: BlocWhereInput; select: { id: true } }): Promise<{ id: string } | null> };
};

/** Loads a bloc only if the user may manage it; the same refusal whether it does not exist or is someone else's. */
export async function authorizeBlocManagement(
  reader: BlocReader,
  options: { user: SessionUser; blocId: string },
): Promise<{ id: string }> {
  const bloc = await reader.bloc.findFirst({
    where: { id: options.blocId, AND: [blocsManageableBy(options.user)] },
    select: { id: true },
  });
  if (!bloc) throw new ForbiddenError();
  return bloc;
}

/** The managers of a bloc-year: they run the cross-check, the final scoring and sheet reviews. */
const SCORE_MANAGERS: readonly SessionUser["role"][] = ["PROVINCE_ADMIN", "BLOC_SECRETARIAT"];

export type ScoreEntryStage = "SELF" | "CROSS_CHECK" | "FINAL";

/**
 * Who may type one stage's scores for one unit (the bloc-year access is checked separately):
 * an agency leader the self-score of their own unit only; a manager the cross-check and final
 * scores of any unit, except that nobody cross-checks their own unit (DOMAIN.md, "Roles").
 */
export function mayEnterScores(
  user: SessionUser,
  target: { stage: ScoreEntryStage; unitId: string },
): boolean {
  if (target.stage === "SELF") return user.role === "AGENCY_LEADER" && user.unitId === target.unitId;
  if (!SCORE_MANAGERS.includes(user.role)) return false;
  return !(target.stage === "CROSS_CHECK" && user.unitId === target.unitId);
}

/** Approving or returning a submitted sheet: a manager, never for their own unit's sheet. */
export function mayReviewScoreSheet(user: SessionUser, unitId: string): boolean {
  return SCORE_MANAGERS.includes(user.role) && user.unitId !== unitId;
}

/** The bloc-year access a score writer needs: leaders write their self-score in a year they can see. */
export function scoreEntryAccess(stage: ScoreEntryStage): BlocAction {
  return stage === "SELF" ? "view" : "manage";
}
