import "server-only";
import { stageAllows, type YearStage } from "@/domain/year-stages";
import type { CastBallotInput } from "@/schemas/ballot/ballot";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";

/**
 * A delegate's paper, with no sign-in: the code is the only credential and is good once. The
 * code row learns only that it was used; the paper and its votes are written with random ids and
 * no time, and nothing of the code (not even an audit line, whose time would tie the two).
 * Marking the code and writing the paper are one transaction: no code is spent without its vote.
 */
export async function castBallot(
  prisma: AppPrismaClient,
  input: CastBallotInput,
): Promise<{ ballotId: string }> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.ballotCode.findUnique({
      where: { code: input.code },
      select: { id: true, ballotId: true },
    });
    if (!found) throw new UserFacingError("Mã bỏ phiếu không đúng. Vui lòng kiểm tra lại mã in trên phiếu.");
    const candidates = await lockOpenBallot(tx, found.ballotId);
    const chosen = Object.keys(input.choices);
    if (chosen.length !== candidates.length || !candidates.every((id) => input.choices[id] !== undefined))
      throw new UserFacingError("Vui lòng chọn ý kiến cho mỗi ứng viên.");
    const { count } = await tx.ballotCode.updateMany({
      where: { id: found.id, used: false },
      data: { used: true },
    });
    if (count === 0)
      throw new UserFacingError("Mã này đã được dùng để bỏ phiếu; mỗi mã chỉ bỏ phiếu một lần.");
    await tx.ballotPaper.create({
      data: {
        ballotId: found.ballotId,
        votes: {
          create: candidates.map((candidateId) => ({ candidateId, choice: input.choices[candidateId]! })),
        },
      },
      select: { id: true },
    });
    return { ballotId: found.ballotId };
  });
}

/**
 * FOR SHARE on the ballot: many papers go in side by side, while closing (FOR UPDATE) waits for
 * them and a paper that starts after the close finds the ballot closed. Returns its candidates.
 */
async function lockOpenBallot(tx: AppTransaction, ballotId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ status: string; yearStatus: YearStage }[]>`
    SELECT b.status::text AS status, y.status::text AS "yearStatus"
    FROM "Ballot" b JOIN "BlocYear" y ON y.id = b."blocYearId"
    WHERE b.id = ${ballotId} FOR SHARE OF b`;
  const ballot = rows[0];
  if (ballot?.status === "CANCELLED")
    throw new UserFacingError("Cuộc bỏ phiếu này đã bị hủy; mã không còn dùng được.");
  // A year moved on (published) while a ballot stood open takes no more papers.
  if (ballot?.status !== "OPEN" || !stageAllows(ballot.yearStatus, "awards"))
    throw new UserFacingError("Cuộc bỏ phiếu này đã kết thúc; mã không còn dùng được.");
  const candidates = await tx.ballotCandidate.findMany({
    where: { ballotId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return candidates.map((candidate) => candidate.id);
}
