import "server-only";
import { unitNameOn, yearEnd } from "@/domain/units/unit-name-on";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, mayEnterScores, type ScoreEntryStage } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import { authorizeYearWrite, lockYearForWrite } from "../writable-bloc-year";

const OWN_CROSS_CHECK = "Đơn vị của bạn không được chấm kiểm tra chéo cho chính mình.";
const NOT_YOUR_STAGE: Record<ScoreEntryStage, string> = {
  SELF: "Chỉ lãnh đạo của chính đơn vị mới nhập điểm tự chấm.",
  CROSS_CHECK: "Chỉ thư ký khối mới nhập điểm kiểm tra chéo.",
  FINAL: "Chỉ thư ký khối mới nhập điểm chấm cuối.",
};

/**
 * Inside the write's transaction: the user may write this stage of this unit's scores, the unit
 * is a member of the bloc-year, and the year is not published. Leaders reach their own unit's
 * self-score through read access to the year; everything else needs a manager. Returns the
 * unit's short name in that year, for the audit trail.
 */
export async function authorizeScoreEntry(
  tx: AppTransaction,
  target: { user: SessionUser; blocYearId: string; unitId: string; stage: ScoreEntryStage },
): Promise<{ unitShortName: string }> {
  const { user, blocYearId, unitId, stage } = target;
  if (stage === "SELF") {
    const facts = await authorizeBlocYear(tx, { user, blocYearId, action: "view" });
    await lockYearForWrite(tx, facts.id, "scoreEntry");
  } else {
    await authorizeYearWrite(tx, { user, blocYearId, activity: "scoreEntry" });
  }
  const member = await tx.membership.findUnique({
    where: { blocYearId_unitId: { blocYearId, unitId } },
    select: {
      blocYear: { select: { year: true } },
      unit: { select: { names: { select: { name: true, shortName: true, validFrom: true } } } },
    },
  });
  if (!member) throw new ForbiddenError();
  if (!mayEnterScores(user, { stage, unitId })) {
    const ownCrossCheck =
      stage === "CROSS_CHECK" &&
      user.unitId === unitId &&
      user.role !== "AGENCY_LEADER" &&
      user.role !== "VIEWER";
    throw new ForbiddenError(ownCrossCheck ? OWN_CROSS_CHECK : NOT_YOUR_STAGE[stage]);
  }
  const names = member.unit.names.map((entry) => ({
    ...entry,
    validFrom: entry.validFrom.toISOString().slice(0, 10),
  }));
  return { unitShortName: unitNameOn(names, yearEnd(member.blocYear.year))?.shortName ?? "" };
}
