import "server-only";
import { isPeerCrossCheck, peerScorers } from "@/domain/score-entry/peer-scoring";
import type { CrossCheckCombine, CrossCheckRule } from "@/domain/scoring";
import type { ScoreStage } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { mayEnterPeerSheet, seesOtherUnits, type YearVisibility } from "@/server/authz";

/** The peer sheet a cross-check grid shows, and the other scorers' sheets the user may open. */
export type PeerGrid = {
  scorerUnitId: string;
  scorerName: string;
  /** Scorer units whose sheets the user may open, in the grid's name order. */
  choices: { unitId: string; name: string }[];
  combine: CrossCheckCombine;
  /** The user may type into this sheet (their own unit's, or any as the year's manager). */
  mayEnter: boolean;
  /** Typing into another unit's sheet, as the year's manager (a sheet handed in on paper). */
  onBehalf: boolean;
};

/**
 * In a year whose members cross-check each other, the cross-check grid is one scorer's sheet:
 * the one asked for if the user may open it, else the user's own unit's, else the first. Null
 * for any other stage or rule, and when the user may open no sheet at all.
 */
export function choosePeerSheet(options: {
  user: SessionUser;
  year: YearVisibility;
  canManage: boolean;
  stage: ScoreStage;
  rule: CrossCheckRule;
  members: readonly { unitId: string; name: string }[];
  asked: string | null;
}): PeerGrid | null {
  const { user, year, canManage, rule, members } = options;
  if (options.stage !== "CROSS_CHECK" || !isPeerCrossCheck(rule)) return null;
  const scorers = new Set(
    peerScorers(
      rule,
      members.map((member) => member.unitId),
    ),
  );
  const readsAll = canManage || seesOtherUnits(user, year);
  const choices = members.filter(
    (member) =>
      scorers.has(member.unitId) &&
      (readsAll || mayEnterPeerSheet(user, { scorerUnitId: member.unitId, managesYear: canManage })),
  );
  const own = choices.find((choice) =>
    mayEnterPeerSheet(user, { scorerUnitId: choice.unitId, managesYear: false }),
  );
  const chosen = choices.find((choice) => choice.unitId === options.asked) ?? own ?? choices[0];
  if (!chosen) return null;
  return {
    scorerUnitId: chosen.unitId,
    scorerName: chosen.name,
    choices: choices.map(({ unitId, name }) => ({ unitId, name })),
    combine: rule.combine,
    mayEnter: mayEnterPeerSheet(user, { scorerUnitId: chosen.unitId, managesYear: canManage }),
    onBehalf: canManage && !mayEnterPeerSheet(user, { scorerUnitId: chosen.unitId, managesYear: false }),
  };
}
