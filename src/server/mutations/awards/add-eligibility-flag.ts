import "server-only";
import type { AddEligibilityFlagInput } from "@/schemas/awards/eligibility-flag";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { auditChangedFields } from "./audit-fields";
import { lockRankedUnit } from "./year-membership";

/** Records that a member is under review, investigation, inspection or complaint (Decree 98/2023 Art. 4). */
export async function addEligibilityFlag(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: AddEligibilityFlagInput,
) {
  return prisma.$transaction(async (tx) => {
    const blocYear = await authorizeYearWrite(tx, {
      user,
      blocYearId: input.blocYearId,
      activity: "eligibility",
    });
    const { unitName } = await lockRankedUnit(tx, {
      blocYearId: blocYear.id,
      unitId: input.unitId,
      record: "eligibilityFlag",
    });
    const flag = await tx.eligibilityFlag.create({
      data: {
        blocYearId: blocYear.id,
        unitId: input.unitId,
        kind: input.kind,
        since: input.since,
        note: input.note ?? null,
      },
      select: { id: true },
    });
    const target = {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "EligibilityFlag",
      entityId: flag.id,
      action: "create",
      subject: unitName,
    } as const;
    await auditChangedFields(
      tx,
      target,
      {},
      { unitId: input.unitId, kind: input.kind, since: input.since, note: input.note },
    );
    return { id: flag.id };
  });
}
