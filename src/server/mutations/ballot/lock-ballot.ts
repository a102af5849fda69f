import "server-only";
import type { BallotStepInput } from "@/schemas/ballot/ballot";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";

/**
 * The secretariat's hold on an open ballot of a year it manages, for closing or cancelling it:
 * FOR UPDATE waits for papers being cast, and the version refuses a second person's stale step.
 */
export async function lockOpenBallotForStep(tx: AppTransaction, user: SessionUser, input: BallotStepInput) {
  const ballot = await tx.ballot.findUnique({ where: { id: input.ballotId }, select: { blocYearId: true } });
  if (!ballot) throw new UserFacingError("Không tìm thấy cuộc bỏ phiếu.");
  const blocYear = await authorizeYearWrite(tx, { user, blocYearId: ballot.blocYearId, activity: "awards" });
  const rows = await tx.$queryRaw<{ status: string; version: number }[]>`
    SELECT status::text AS status, version FROM "Ballot" WHERE id = ${input.ballotId} FOR UPDATE`;
  const locked = rows[0];
  if (!locked || locked.status !== "OPEN" || locked.version !== input.version)
    throw new ConflictError("Cuộc bỏ phiếu vừa được người khác kết thúc hoặc hủy. Tải lại trang để xem.");
  return { blocYearId: blocYear.id };
}
