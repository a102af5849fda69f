import "server-only";
import type { ResolveEligibilityFlagInput } from "@/schemas/awards/eligibility-flag";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { ConflictError, ForbiddenError, UserFacingError } from "@/server/errors";
import { authorizeYearWrite } from "@/server/mutations/writable-bloc-year";
import { auditChangedFields } from "./audit-fields";
import { memberName } from "./year-membership";

/**
 * Marks a flag as resolved on a date. Only an open flag can be resolved: of two people resolving
 * it at once, the second is told someone else just did.
 */
export async function resolveEligibilityFlag(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: ResolveEligibilityFlagInput,
) {
  return prisma.$transaction(async (tx) => {
    const flag = await tx.eligibilityFlag.findUnique({
      where: { id: input.flagId },
      select: { id: true, blocYearId: true, unitId: true, since: true, resolvedOn: true },
    });
    if (!flag) throw new ForbiddenError();
    const blocYear = await authorizeYearWrite(tx, {
      user,
      blocYearId: flag.blocYearId,
      activity: "eligibility",
    });
    if (input.resolvedOn < flag.since)
      throw new UserFacingError("Ngày giải quyết xong không được trước ngày phát sinh.");
    const { count } = await tx.eligibilityFlag.updateMany({
      where: { id: flag.id, resolvedOn: null },
      data: { resolvedOn: input.resolvedOn },
    });
    if (count === 0)
      throw new ConflictError(
        "Trường hợp này vừa được người khác ghi nhận đã giải quyết. Vui lòng tải lại trang.",
      );
    const target = {
      actorId: user.id,
      blocYearId: blocYear.id,
      entity: "EligibilityFlag",
      entityId: flag.id,
      action: "update",
      subject: await memberName(tx, blocYear.id, flag.unitId),
    } as const;
    await auditChangedFields(tx, target, { resolvedOn: null }, { resolvedOn: input.resolvedOn });
    return { id: flag.id, resolvedOn: input.resolvedOn };
  });
}
