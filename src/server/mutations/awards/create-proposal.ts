import "server-only";
import type { CreateProposalInput } from "@/schemas/awards/proposal";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { auditChangedFields } from "./audit-fields";
import { assertMayPropose } from "./proposal-guard";
import { findAward, lockRankedUnit } from "./year-membership";

/** Turns an award candidate into a proposal (status PROPOSED), refusing what the rules forbid. */
export async function createProposal(prisma: AppPrismaClient, user: SessionUser, input: CreateProposalInput) {
  return prisma.$transaction((tx) => createProposalInTransaction(tx, user, input));
}

/** createProposal inside a transaction the caller holds (the demo seed records its 2023 so). */
export async function createProposalInTransaction(
  tx: AppTransaction,
  user: SessionUser,
  input: CreateProposalInput,
) {
  const blocYear = await authorizeYearWrite(tx, { user, blocYearId: input.blocYearId, activity: "awards" });
  const { unitName } = await lockRankedUnit(tx, {
    blocYearId: blocYear.id,
    unitId: input.unitId,
    record: "proposal",
  });
  const { award, catalogue } = await findAward(tx, blocYear.id, input.awardCode);
  const key = { blocYearId: blocYear.id, unitId: input.unitId, awardCode: award.code };
  const existing = await tx.awardProposal.findUnique({
    where: { blocYearId_unitId_awardCode: key },
    select: { id: true },
  });
  if (existing)
    throw new UserFacingError(
      `Đơn vị đã có đề nghị ${award.name} trong năm này; hãy đổi trạng thái của đề nghị đó.`,
    );
  const eligibilityReason = await assertMayPropose(tx, {
    blocYearId: blocYear.id,
    unitId: input.unitId,
    award,
    catalogue,
  });
  const proposal = await tx.awardProposal.create({
    data: { ...key, eligibilityReason },
    select: { id: true, version: true },
  });
  const target = {
    actorId: user.id,
    blocYearId: blocYear.id,
    entity: "AwardProposal",
    entityId: proposal.id,
    action: "create",
    subject: `${award.name} · ${unitName}`,
  } as const;
  await auditChangedFields(
    tx,
    target,
    {},
    { unitId: input.unitId, awardCode: award.code, status: "PROPOSED" },
  );
  return proposal;
}
