import "server-only";
import { yearEndMembers } from "@/domain/membership";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadYearMembers } from "@/server/queries/members/year-members";

export type BallotPaperView =
  | { kind: "unknown" }
  | { kind: "closed" | "cancelled" | "used" }
  | {
      kind: "open";
      bloc: string;
      year: number;
      candidates: { id: string; unitName: string; awardName: string }[];
    };

/**
 * What a delegate's phone shows for a code, with no sign-in: the code alone opens its own paper,
 * and says nothing of other codes or of votes cast.
 */
export async function getBallotPaper(prisma: AppPrismaClient, code: string): Promise<BallotPaperView> {
  const found = await prisma.ballotCode.findUnique({
    where: { code },
    select: {
      used: true,
      ballot: {
        select: {
          status: true,
          blocYear: { select: { id: true, year: true, rules: true, bloc: { select: { name: true } } } },
          candidates: { orderBy: { position: "asc" }, select: { id: true, unitId: true, awardCode: true } },
        },
      },
    },
  });
  if (!found) return { kind: "unknown" };
  const { ballot } = found;
  if (ballot.status === "CANCELLED") return { kind: "cancelled" };
  if (ballot.status === "CLOSED") return { kind: "closed" };
  if (found.used) return { kind: "used" };
  const { all, year } = await loadYearMembers(prisma, ballot.blocYear.id);
  const names = new Map(yearEndMembers(all, year).map((member) => [member.unitId, member.name]));
  const awards = new Map(scoringRulesSchema.parse(ballot.blocYear.rules).awards.map((a) => [a.code, a.name]));
  return {
    kind: "open",
    bloc: ballot.blocYear.bloc.name,
    year: ballot.blocYear.year,
    candidates: ballot.candidates.map((candidate) => ({
      id: candidate.id,
      unitName: names.get(candidate.unitId) ?? "",
      awardName: awards.get(candidate.awardCode) ?? candidate.awardCode,
    })),
  };
}
