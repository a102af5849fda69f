import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { formatDate, yearEnd } from "@/domain/calendar";
import { isRankedForYear } from "@/domain/membership";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, scoreEntryAccess, scoreEntryRefusal, type ScoreEntryStage } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { spanOf } from "@/server/mappers/membership-span";
import { authorizeYearWrite, lockYearForWrite } from "../writable-bloc-year";

const OWN_CROSS_CHECK = "Đơn vị của bạn không được chấm kiểm tra chéo cho chính mình.";
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
  target: { user: SessionUser; blocYearId: string; unitId: string; stage: ScoreEntryStage },
): Promise<{ unitName: string }> {
  const { user, blocYearId, unitId, stage } = target;
  if (scoreEntryAccess(stage) === "view") {
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
  const { year, rules } = member.blocYear;
  const rule = scoringRulesSchema.parse(rules).membership;
  if (!isRankedForYear(spanOf(member), { year, rule }))
    throw new UserFacingError(
      `${member.leftOn ? `Đơn vị này rời khối ngày ${formatDate(member.leftOn)}, trước cuối năm` : "Đơn vị này không là thành viên khối trong năm"}, nên không được xếp hạng năm ${year}; không nhập điểm cho đơn vị.`,
    );
  const refusal = scoreEntryRefusal(user, { stage, unitId });
  if (refusal)
    throw new ForbiddenError(refusal === "OWN_CROSS_CHECK" ? OWN_CROSS_CHECK : NOT_YOUR_STAGE[stage]);
  return { unitName: storedNameOn(member.unit.names, yearEnd(year))?.name ?? "" };
}
