import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { sortByVietnamese } from "@/domain/text/vietnamese-order";
import { yearEnd } from "@/domain/calendar";
import { type MembershipSpan, rankedMembers } from "@/domain/membership";
import type { MembershipRule } from "@/domain/scoring/rules";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { spanOf } from "@/server/mappers/membership-span";

/** A membership of the year with its dates and the unit's names. */
export type YearMember = MembershipSpan & { name: string; shortName: string; knownNames: string[] };

/**
 * Every membership of a bloc-year with its dates, so each reader asks the domain who counts on
 * its day (src/domain/membership: membersOn, yearEndMembers, owingPledge, rankedMembers) instead
 * of counting every row: a unit that merged away mid-year still has its row.
 */
export type YearMembers = { year: number; membershipRule: MembershipRule; all: YearMember[] };

/**
 * The year's memberships under the names the units bore at year end (past years stay readable
 * after a merger), in Vietnamese order. `knownNames` holds every name and short name the unit
 * has had, so an import may use any of them.
 */
export async function loadYearMembers(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
): Promise<YearMembers> {
  const blocYear = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: {
      year: true,
      rules: true,
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT } },
    },
  });
  const members = blocYear.memberships.map(({ unit, ...membership }) => {
    const current = storedNameOn(unit.names, yearEnd(blocYear.year));
    return {
      ...spanOf(membership),
      name: current?.name ?? membership.unitId,
      shortName: current?.shortName ?? "",
      knownNames: unit.names.flatMap((entry) => [entry.name, entry.shortName]),
    };
  });
  return {
    year: blocYear.year,
    membershipRule: scoringRulesSchema.parse(blocYear.rules).membership,
    all: sortByVietnamese(members, (member) => member.name),
  };
}

/** Every membership of the year, departed units included: to name the owner of any of its tasks. */
export async function listYearMembers(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
): Promise<YearMember[]> {
  return (await loadYearMembers(prisma, blocYearId)).all;
}

/** The units the year ranks (its membership rule decides whether one that left is ranked). */
export function rankedYearMembers(members: YearMembers): YearMember[] {
  return rankedMembers(members.all, { year: members.year, rule: members.membershipRule });
}
