import "server-only";
import type { ChangeProposalStatusInput } from "@/schemas/awards/proposal";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { auditChangedFields } from "./audit-fields";
import { assertMayPropose } from "./proposal-guard";
import { findAward, lockMemberUnit, memberName } from "./year-membership";

const DECIDED = new Set(["APPROVED", "REJECTED"]);
/** A proposal that still stands counts against the unit (one award per achievement) and the quota. */
const STANDING = new Set(["PROPOSED", "APPROVED"]);

/**
 * Moves a proposal through proposed → approved / rejected / withdrawn (a decision carries its
 * number and date). Putting one back among the standing ones checks the rules again, as a new
 * proposal would.
 */
export async function changeProposalStatus(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: ChangeProposalStatusInput,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.awardProposal.findUnique({
      where: { id: input.proposalId },
      select: {
        id: true,
        blocYearId: true,
        unitId: true,
        awardCode: true,
        status: true,
        decisionNumber: true,
        decisionDate: true,
      },
    });
    if (!before) throw new ForbiddenError();
    const blocYear = await authorizeYearWrite(tx, {
      user,
      blocYearId: before.blocYearId,
      activity: "awards",
    });
    await lockMemberUnit(tx, blocYear.id, before.unitId);
    // Back to standing from withdrawn or rejected (to "proposed", or straight to "approved"):
    // the rules are checked again, as for a new proposal.
    const { award, catalogue } = await findAward(tx, blocYear.id, before.awardCode);
    if (STANDING.has(input.status) && !STANDING.has(before.status)) {
      await assertMayPropose(tx, {
        blocYearId: blocYear.id,
        unitId: before.unitId,
        award,
        catalogue,
        exceptProposalId: before.id,
      });
    }
    const decided = DECIDED.has(input.status);
    const after = {
      status: input.status,
      decisionNumber: decided ? (input.decisionNumber ?? null) : null,
      decisionDate: decided ? (input.decisionDate ?? null) : null,
    };
    const { count } = await tx.awardProposal.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.awardProposal.findUniqueOrThrow({
        where: { id: before.id },
        select: { status: true },
      });
      throw new ConflictError(
        `Đề nghị này vừa được người khác cập nhật (hiện là “${PROPOSAL_STATUS_LABEL[current.status]}”); thay đổi của bạn (“${PROPOSAL_STATUS_LABEL[input.status]}”) chưa được lưu. Vui lòng tải lại trang.`,
      );
    }
    const target = {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "AwardProposal",
      entityId: before.id,
      action: "update",
      subject: `${award.name} · ${await memberName(tx, blocYear.id, before.unitId)}`,
    } as const;
    await auditChangedFields(tx, target, before, after);
    return { id: before.id, version: input.version + 1, ...after };
  });
}
