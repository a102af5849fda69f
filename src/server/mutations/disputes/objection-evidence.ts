import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { windowRefusal } from "@/domain/disputes";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, mayFileObjection } from "@/server/authz";
import type { AppTransaction } from "@/server/database/connect";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import type { EvidenceTarget } from "../evidence/evidence-targets";
import { lockYearForWrite } from "../writable-bloc-year";

/**
 * An objection's papers are the objecting unit's: its leader adds or removes them while the
 * objection waits for an answer and the window is open, like the objection itself.
 */
export async function authorizeObjectionEvidence(
  tx: AppTransaction,
  options: { user: SessionUser; objectionId: string },
): Promise<EvidenceTarget> {
  const objection = await tx.objection.findUnique({
    where: { id: options.objectionId },
    select: {
      id: true,
      number: true,
      unitId: true,
      status: true,
      blocYear: { select: { id: true, ...DISPUTE_WINDOW_SELECT } },
    },
  });
  if (!objection) throw new ForbiddenError();
  const facts = await authorizeBlocYear(tx, {
    user: options.user,
    blocYearId: objection.blocYear.id,
    action: "view",
  });
  await lockYearForWrite(tx, facts.id, "disputes");
  if (!mayFileObjection(options.user, objection.unitId)) throw new ForbiddenError();
  if (objection.status !== "OPEN")
    throw new UserFacingError(
      `Khiếu nại số ${objection.number} đã được giải quyết: không đổi tệp kèm theo nữa.`,
    );
  const refusal = windowRefusal(disputeWindowOf(objection.blocYear), todayInVietnam());
  if (refusal) throw new UserFacingError(refusal);
  return {
    blocYearId: facts.id,
    owner: { objectionId: objection.id },
    subject: `Khiếu nại số ${objection.number}`,
  };
}
