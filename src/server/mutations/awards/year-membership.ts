import "server-only";
import type { AwardRule } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/**
 * Checks the unit the form names is a member of the authorised year, and locks its membership
 * row: writes about one unit (its proposals, its tallies) then run one after another, so two
 * people cannot each propose it for a different award at the same moment.
 */
export async function lockMemberUnit(tx: AppTransaction, blocYearId: string, unitId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "blocYearId" = ${blocYearId} AND "unitId" = ${unitId} FOR UPDATE`;
  if (rows.length === 0)
    throw new UserFacingError("Đơn vị này không phải thành viên của khối trong năm thi đua.");
}

/** The year's award catalogue (BlocYear.rules), and the award the form names in it. */
export async function findAward(
  tx: AppTransaction,
  blocYearId: string,
  awardCode: string,
): Promise<{ award: AwardRule; catalogue: AwardRule[] }> {
  const { rules } = await tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { rules: true },
  });
  const catalogue = scoringRulesSchema.parse(rules).awards;
  const award = catalogue.find((candidate) => candidate.code === awardCode);
  if (!award) throw new UserFacingError("Hình thức khen thưởng này không có trong quy chế của năm.");
  return { award, catalogue };
}
