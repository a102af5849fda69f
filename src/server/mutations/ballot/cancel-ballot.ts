import "server-only";
import { BALLOT_STATUS_LABEL } from "@/domain/vocabulary";
import type { CancelBallotInput } from "@/schemas/ballot/ballot";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { recordAudit } from "@/server/mutations/record-audit";
import { lockOpenBallotForStep } from "./lock-ballot";

/** Cancels an open ballot with a reason (to run it again): its codes stop working, nothing is counted. */
export async function cancelBallot(prisma: AppPrismaClient, user: SessionUser, input: CancelBallotInput) {
  return prisma.$transaction(async (tx) => {
    const { blocYearId } = await lockOpenBallotForStep(tx, user, input);
    await tx.ballot.update({
      where: { id: input.ballotId },
      data: {
        status: "CANCELLED",
        closedAt: new Date(),
        cancelReason: input.reason,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId,
      entity: "Ballot",
      entityId: input.ballotId,
      action: "update",
      field: "status",
      oldValue: BALLOT_STATUS_LABEL.OPEN,
      newValue: BALLOT_STATUS_LABEL.CANCELLED,
      reason: input.reason,
    });
  });
}
