import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { formatDate, yearEnd } from "@/domain/calendar";
import { isRankedForYear } from "@/domain/membership";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import {
  authorizeBlocYear,
  peerEntryAccess,
  scoreEntryAccess,
  scoreEntryRefusal,
  type ScoreEntryStage,
} from "@/server/authz";
import { isPeerCrossCheck, scoresPeer } from "@/domain/score-entry/peer-scoring";
import type { CrossCheckCombine } from "@/domain/scoring";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";
import { authorizeYearWrite, lockYearForWrite } from "../writable-bloc-year";

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

/**
 * Inside the write's transaction: the user may write this stage of this unit's scores, the unit
 * is a member the bloc-year ranks (a unit that left before the year's end has no score row unless
 * the year's rules rank it), and the year is not published. Leaders reach their own unit's
 * self-score through read access to the year; everything else needs a manager. Returns the
 * unit's name in that year, as the grid shows it, for the audit trail.
 */
export async function authorizeScoreEntry(
  tx: AppTransaction,
  target: {
    user: SessionUser;
    blocYearId: string;
    unitId: string;
    stage: ScoreEntryStage;
    /** Peer cross-checking: the unit whose sheet is written. */
    scorerUnitId?: string;
  },
): Promise<{ unitName: string; scorerName: string | null; peerCombine: CrossCheckCombine | null }> {
  const { user, blocYearId, unitId, stage, scorerUnitId } = target;
  const access =
    stage === "CROSS_CHECK" && scorerUnitId !== undefined
      ? peerEntryAccess(user, scorerUnitId)
      : scoreEntryAccess(stage);
  if (access === "view") {
    const facts = await authorizeBlocYear(tx, { user, blocYearId, action: "view" });
    await lockYearForWrite(tx, facts.id, "scoreEntry");
  } else {
    await authorizeYearWrite(tx, { user, blocYearId, activity: "scoreEntry" });
  }
  const member = await tx.membership.findUnique({
    where: { blocYearId_unitId: { blocYearId, unitId } },
    select: {
      unitId: true,
      joinedOn: true,
      leftOn: true,
      blocYear: { select: { year: true, rules: true } },
      unit: NAMED_UNIT,
    },
  });
  if (!member) throw new ForbiddenError();
  const { year } = member.blocYear;
  const rules = scoringRulesSchema.parse(member.blocYear.rules);
  if (!isRankedForYear(spanOf(member), { year, rule: rules.membership }))
    throw new UserFacingError(
      `${member.leftOn ? `Đơn vị này rời khối ngày ${formatDate(member.leftOn)}, trước cuối năm` : "Đơn vị này không là thành viên khối trong năm"}, nên không được xếp hạng năm ${year}; không nhập điểm cho đơn vị.`,
    );
  const unitName = storedNameOn(member.unit.names, yearEnd(year))?.name ?? "";
  if (stage === "CROSS_CHECK" && isPeerCrossCheck(rules.crossCheck)) {
    if (scorerUnitId === undefined) throw new UserFacingError(PEER_SHEET_NEEDED);
    if (!scoresPeer(rules.crossCheck, scorerUnitId, unitId)) throw new ForbiddenError(NOT_ASSIGNED);
    const scorer = await tx.membership.findUnique({
      where: { blocYearId_unitId: { blocYearId, unitId: scorerUnitId } },
      select: { unit: NAMED_UNIT },
    });
    if (!scorer) throw new ForbiddenError(NOT_ASSIGNED);
    const scorerName = storedNameOn(scorer.unit.names, yearEnd(year))?.name ?? "";
    return { unitName, scorerName, peerCombine: rules.crossCheck.combine };
  }
  if (scorerUnitId !== undefined) throw new UserFacingError(NO_PEER_SHEETS);
  const refusal = scoreEntryRefusal(user, { stage, unitId });
  if (refusal)
    throw new ForbiddenError(refusal === "OWN_CROSS_CHECK" ? OWN_CROSS_CHECK : NOT_YOUR_STAGE[stage]);
  const peerCombine = isPeerCrossCheck(rules.crossCheck) ? rules.crossCheck.combine : null;
  return { unitName, scorerName: null, peerCombine };
}
