import "server-only";
import { yearEndMembers } from "@/domain/membership";
import type { SaveBallotTallyInput } from "@/schemas/awards/ballot-tally";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { loadYearMembers } from "@/server/queries/members/year-members";
import { auditChangedFields } from "./audit-fields";
import { findAward, lockMemberUnit } from "./year-membership";

type Tally = { id: string; votesFor: number; votersPresent: number; version: number };

/** Shows both values, so the person whose save was refused loses nothing and can decide. */
export class BallotTallyConflictError extends ConflictError {
  constructor(current: Tally | null, mine: SaveBallotTallyInput) {
    const theirs = current ? `${current.votesFor}/${current.votersPresent}` : "chưa có";
    super(
      `Kết quả này vừa được người khác lưu (hiện là ${theirs} phiếu); số bạn nhập (${mine.votesFor}/${mine.votersPresent}) chưa được lưu. Tải lại trang để xem và nhập lại nếu cần.`,
    );
  }
}

/** Records (or corrects) one candidate's tally for one award: votes for out of voters present. */
export async function saveBallotTally(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: SaveBallotTallyInput,
) {
  return prisma.$transaction((tx) => saveBallotTallyInTransaction(tx, user, input));
}

/** saveBallotTally inside a transaction the caller holds (the demo seed records its 2023 so). */
export async function saveBallotTallyInTransaction(
  tx: AppTransaction,
  user: SessionUser,
  input: SaveBallotTallyInput,
) {
  const blocYear = await authorizeYearWrite(tx, { user, blocYearId: input.blocYearId, activity: "awards" });
  await lockMemberUnit(tx, blocYear.id, input.unitId);
  const { award } = await findAward(tx, blocYear.id, input.awardCode);
  // Voters are the members that closed the year: a unit that merged away has no delegate.
  const { all, year } = await loadYearMembers(tx, blocYear.id);
  const members = yearEndMembers(all, year).length;
  if (input.votersPresent > members)
    throw new UserFacingError(`Số đại biểu có mặt không được vượt quá số thành viên của khối (${members}).`);
  const key = { blocYearId: blocYear.id, unitId: input.unitId, awardCode: input.awardCode };
  const before = await tx.ballotTally.findUnique({
    where: { blocYearId_unitId_awardCode: key },
    select: { id: true, votesFor: true, votersPresent: true, version: true },
  });
  if ((before?.version ?? 0) !== input.version) throw new BallotTallyConflictError(before, input);
  const saved = before ? await updateTally(tx, before, input) : await createTally(tx, key, input);
  const target = {
    actorId: user.id,
    blocYearId: blocYear.id,
    entity: "BallotTally",
    entityId: saved.id,
    action: before ? "update" : "create",
    subject: `${award.name} · ${all.find((member) => member.unitId === input.unitId)?.name ?? ""}`,
  } as const;
  await auditChangedFields(
    tx,
    target,
    { votesFor: before?.votesFor, votersPresent: before?.votersPresent },
    { votesFor: input.votesFor, votersPresent: input.votersPresent },
  );
  return saved;
}

async function updateTally(tx: AppTransaction, before: Tally, input: SaveBallotTallyInput): Promise<Tally> {
  const { count } = await tx.ballotTally.updateMany({
    where: { id: before.id, version: input.version },
    data: { votesFor: input.votesFor, votersPresent: input.votersPresent, version: { increment: 1 } },
  });
  if (count === 0)
    throw new BallotTallyConflictError(await tx.ballotTally.findUnique({ where: { id: before.id } }), input);
  return {
    id: before.id,
    votesFor: input.votesFor,
    votersPresent: input.votersPresent,
    version: input.version + 1,
  };
}

/** ON CONFLICT DO NOTHING: of two first saves at once, the second finds the row taken. */
async function createTally(
  tx: AppTransaction,
  key: { blocYearId: string; unitId: string; awardCode: string },
  input: SaveBallotTallyInput,
): Promise<Tally> {
  const { count } = await tx.ballotTally.createMany({
    data: [{ ...key, votesFor: input.votesFor, votersPresent: input.votersPresent }],
    skipDuplicates: true,
  });
  if (count === 0) throw new BallotTallyConflictError(null, input);
  const row = await tx.ballotTally.findUniqueOrThrow({
    where: { blocYearId_unitId_awardCode: key },
    select: { id: true, votesFor: true, votersPresent: true, version: true },
  });
  return row;
}
