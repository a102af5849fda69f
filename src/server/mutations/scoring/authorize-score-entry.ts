import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { formatDate, yearEnd } from "@/domain/calendar";
import { isRankedForYear } from "@/domain/membership";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  peerEntryAccess,
  scoreEntryAccess,
  scoreEntryRefusal,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
  type ScoreEntryStage,
  type YearVisibility,
} from "@/server/authz";
import { isPeerCrossCheck, scoresPeer } from "@/domain/score-entry/peer-scoring";
import type { CrossCheckCombine } from "@/domain/scoring";
import type { Prisma } from "@/generated/prisma/client";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";
import { assertStageAllows, lockYearForWrite } from "../writable-bloc-year";
import { storedRules } from "@/server/mappers/stored-rules";

const OWN_CROSS_CHECK = "Đơn vị của bạn không được chấm kiểm tra chéo cho chính mình.";
const PEER_SHEET_NEEDED =
  "Năm này các đơn vị chấm chéo lẫn nhau: điểm kiểm tra chéo được nhập vào phiếu của một đơn vị chấm.";
const NOT_ASSIGNED = "Đơn vị chấm không được phân công chấm chéo đơn vị này.";
const NO_PEER_SHEETS = "Năm này điểm kiểm tra chéo do thư ký khối nhập, không theo phiếu của từng đơn vị.";
const NOT_YOUR_STAGE: Record<ScoreEntryStage, string> = {
  SELF: "Chỉ lãnh đạo của chính đơn vị mới nhập điểm tự chấm.",
  CROSS_CHECK: "Chỉ thư ký khối mới nhập điểm kiểm tra chéo.",
  FINAL: "Chỉ thư ký khối mới nhập điểm chấm cuối.",
};

export type ScoreEntryTarget = {
  user: SessionUser;
  unitId: string;
  stage: ScoreEntryStage;
  /** Peer cross-checking: the unit whose sheet is written. */
  scorerUnitId?: string;
};

/** Which bloc-year: by its id, or as the year whose score table holds a criterion. */
export type ScoreEntryYear = { blocYearId: string } | { criterionId: string };

export type ScoreEntry = {
  blocYearId: string;
  /** The unit's name in that year, as the grid shows it, for the audit trail. */
  unitName: string;
  scorerName: string | null;
  peerCombine: CrossCheckCombine | null;
  /** What the year shows to whom (the grid's update after a save reads it). */
  visibility: YearVisibility;
};

/**
 * Whether the user may write this stage of this unit's scores: the unit is a member the bloc-year
 * ranks (a unit that left before the year's end has no score row unless the year's rules rank
 * it), and the year's stage allows score entry. Leaders reach their own unit's self-score through
 * read access to the year; everything else needs a manager. One query, which may run before the
 * write's transaction (a save reads it beside its criterion); the transaction then takes the
 * year's lock and checks the stage again (lockYearForWrite).
 */
export async function readScoreEntry(
  reader: AppPrismaClient | AppTransaction,
  target: ScoreEntryTarget & { year: ScoreEntryYear },
): Promise<ScoreEntry> {
  const { user, unitId, stage, scorerUnitId } = target;
  const access =
    stage === "CROSS_CHECK" && scorerUnitId !== undefined
      ? peerEntryAccess(user, scorerUnitId)
      : scoreEntryAccess(stage);
  const which: Prisma.BlocYearWhereInput =
    "blocYearId" in target.year
      ? { id: target.year.blocYearId }
      : { scoreTables: { some: { criteria: { some: { id: target.year.criterionId } } } } };
  const row = await reader.blocYear.findFirst({
    where: { ...which, AND: [blocYearsAllowed(user, access === "view" ? "view" : "manage")] },
    select: {
      id: true,
      year: true,
      rules: true,
      ...YEAR_VISIBILITY_SELECT,
      memberships: {
        where: { unitId: { in: scorerUnitId === undefined ? [unitId] : [unitId, scorerUnitId] } },
        select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT },
      },
    },
  });
  if (!row) throw new ForbiddenError();
  assertStageAllows(row.status, "scoreEntry");
  const member = row.memberships.find((membership) => membership.unitId === unitId);
  if (!member) throw new ForbiddenError();
  const { year } = row;
  const rules = storedRules(row.rules);
  if (!isRankedForYear(spanOf(member), { year, rule: rules.membership }))
    throw new UserFacingError(
      `${member.leftOn ? `Đơn vị này rời khối ngày ${formatDate(member.leftOn)}, trước cuối năm` : "Đơn vị này không là thành viên khối trong năm"}, nên không được xếp hạng năm ${year}; không nhập điểm cho đơn vị.`,
    );
  const nameOf = (names: Parameters<typeof storedNameOn>[0]) =>
    storedNameOn(names, yearEnd(year))?.name ?? "";
  const found = { blocYearId: row.id, unitName: nameOf(member.unit.names), visibility: yearVisibility(row) };
  if (stage === "CROSS_CHECK" && isPeerCrossCheck(rules.crossCheck)) {
    if (scorerUnitId === undefined) throw new UserFacingError(PEER_SHEET_NEEDED);
    if (!scoresPeer(rules.crossCheck, scorerUnitId, unitId)) throw new ForbiddenError(NOT_ASSIGNED);
    const scorer = row.memberships.find((membership) => membership.unitId === scorerUnitId);
    if (!scorer) throw new ForbiddenError(NOT_ASSIGNED);
    return { ...found, scorerName: nameOf(scorer.unit.names), peerCombine: rules.crossCheck.combine };
  }
  if (scorerUnitId !== undefined) throw new UserFacingError(NO_PEER_SHEETS);
  const refusal = scoreEntryRefusal(user, { stage, unitId });
  if (refusal)
    throw new ForbiddenError(refusal === "OWN_CROSS_CHECK" ? OWN_CROSS_CHECK : NOT_YOUR_STAGE[stage]);
  const peerCombine = isPeerCrossCheck(rules.crossCheck) ? rules.crossCheck.combine : null;
  return { ...found, scorerName: null, peerCombine };
}

/** readScoreEntry and the year's lock, inside the write's transaction (sheet moves, evidence). */
export async function authorizeScoreEntry(
  tx: AppTransaction,
  target: ScoreEntryTarget & { blocYearId: string },
): Promise<ScoreEntry> {
  const entry = await readScoreEntry(tx, { ...target, year: { blocYearId: target.blocYearId } });
  await lockYearForWrite(tx, entry.blocYearId, "scoreEntry");
  return entry;
}
