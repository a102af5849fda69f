import "server-only";
import { randomBytes } from "node:crypto";
import { codeFromRandomBytes } from "@/domain/ballot";
import { yearEndMembers } from "@/domain/membership";
import type { OpenBallotInput } from "@/schemas/ballot/ballot";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { recordAudit } from "@/server/mutations/record-audit";
import { authorizeYearRewrite } from "@/server/mutations/writable-bloc-year";
import { loadYearMembers } from "@/server/queries/members/year-members";

/**
 * Opens the year's secret ballot on the candidates the secretariat chose, with one code for each
 * member that closes the year (a unit merged away has no delegate). One ballot is open at a time.
 */
export async function openBallot(prisma: AppPrismaClient, user: SessionUser, input: OpenBallotInput) {
  return prisma.$transaction(async (tx) => {
    // FOR UPDATE: of two openings at once, the second waits and then finds the first open.
    const blocYear = await authorizeYearRewrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "awards",
    });
    const open = await tx.ballot.count({ where: { blocYearId: blocYear.id, status: "OPEN" } });
    if (open > 0)
      throw new UserFacingError("Đang có một cuộc bỏ phiếu mở: hãy kết thúc hoặc hủy trước khi mở cuộc mới.");
    const { all, year } = await loadYearMembers(tx, blocYear.id);
    const voters = yearEndMembers(all, year);
    const names = new Map(all.map((member) => [member.unitId, member.name]));
    const awards = await awardNames(tx, blocYear.id);
    for (const candidate of input.candidates) {
      if (!voters.some((member) => member.unitId === candidate.unitId))
        throw new UserFacingError("Ứng viên phải là thành viên của khối đến cuối năm.");
      if (!awards.has(candidate.awardCode))
        throw new UserFacingError("Hình thức khen thưởng này không có trong quy chế của năm.");
    }
    const ballot = await tx.ballot.create({
      data: {
        blocYearId: blocYear.id,
        openedById: user.id,
        candidates: {
          create: uniqueCandidates(input.candidates).map((candidate, position) => ({
            ...candidate,
            position,
          })),
        },
        codes: {
          create: voters.map((member) => ({
            blocYearId: blocYear.id,
            unitId: member.unitId,
            code: newCode(),
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "Ballot",
      entityId: ballot.id,
      action: "create",
      newValue: {
        candidates: input.candidates
          .map((candidate) => `${names.get(candidate.unitId)} – ${awards.get(candidate.awardCode)}`)
          .join("; "),
        electorate: voters.length,
      },
    });
    return ballot;
  });
}

async function awardNames(tx: AppTransaction, blocYearId: string): Promise<Map<string, string>> {
  const { rules } = await tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { rules: true },
  });
  return new Map(scoringRulesSchema.parse(rules).awards.map((award) => [award.code, award.name]));
}

function uniqueCandidates(candidates: OpenBallotInput["candidates"]) {
  const seen = new Set<string>();
  return candidates.filter(({ unitId, awardCode }) => {
    const key = `${unitId}:${awardCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** 32 random bytes give 8 characters with near certainty; a code is unique across all ballots. */
function newCode(): string {
  for (;;) {
    const code = codeFromRandomBytes(randomBytes(32));
    if (code) return code;
  }
}
