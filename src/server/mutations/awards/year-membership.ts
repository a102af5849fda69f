import "server-only";
import { formatDate } from "@/domain/calendar";
import { isRankedForYear } from "@/domain/membership";
import type { AwardRule } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { loadYearMembers } from "@/server/queries/members/year-members";

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

/** What a write about a unit's award standing is, in the refusal's words. */
export type AwardRecord = "eligibilityFlag" | "proposal";

const RECORD_WORDS: Record<AwardRecord, string> = {
  eligibilityFlag: "ghi nhận tình trạng xét điều kiện khen thưởng",
  proposal: "đề nghị khen thưởng",
};

/**
 * lockMemberUnit, then refuses a unit the year does not rank — one that left before the year's
 * end, unless the year's rules rank every member (prorateByMembership): flags and proposals are
 * about the year's result, which such a unit has none of. The one rule of who is ranked decides
 * (isRankedForYear), as for the score grid and the ranking.
 */
export async function lockRankedUnit(
  tx: AppTransaction,
  target: { blocYearId: string; unitId: string; record: AwardRecord },
): Promise<{ unitName: string }> {
  await lockMemberUnit(tx, target.blocYearId, target.unitId);
  const members = await loadYearMembers(tx, target.blocYearId);
  const member = members.all.find((span) => span.unitId === target.unitId);
  if (!member) return { unitName: "" };
  if (isRankedForYear(member, { year: members.year, rule: members.membershipRule }))
    return { unitName: member.name };
  const left = member.leftOn === null ? "" : ` ngày ${formatDate(member.leftOn)}`;
  throw new UserFacingError(
    `${member.name} đã rời khối${left}, trước khi kết thúc năm ${members.year}, nên không được xếp hạng năm này: không thể ${RECORD_WORDS[target.record]} cho đơn vị.`,
  );
}

/** The unit's name in the year (as at its end), for the audit subject of a write about it. */
export async function memberName(tx: AppTransaction, blocYearId: string, unitId: string): Promise<string> {
  const { all } = await loadYearMembers(tx, blocYearId);
  return all.find((member) => member.unitId === unitId)?.name ?? "";
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
