import "server-only";
import type { MergeAgenciesInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { createUnit, duplicateUnitCode } from "../members/create-unit";
import { recordSuccession } from "../members/record-succession";
import { withUniqueMessage } from "../members/write-context";
import { CREATED_AT_ONCE, duplicateAgencyName, loadAgencyRegistry } from "./agency-registry";
import { lockProvinceUnits } from "./province-units";

const INACTIVE_SUCCESSOR = "Đơn vị kế thừa đã ngừng hoạt động.";

/**
 * Agencies merged into a successor (existing, or created here named from the merger's date),
 * with the same succession records a bloc's members tab writes. Memberships are not moved here:
 * "Tạo năm N+1" puts the successor in place of its predecessors, and a year under way is the
 * secretariat's to change on its members tab.
 */
export async function mergeAgencies(prisma: AppPrismaClient, user: SessionUser, input: MergeAgenciesInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        await lockProvinceUnits(tx, provinceId, input.predecessorIds);
        const successorId = await resolveSuccessor(tx, user, provinceId, input);
        for (const predecessorId of input.predecessorIds) {
          const succession = { predecessorId, successorId, ...input };
          await recordSuccession(tx, { actorId: user.id, succession });
        }
        return { successorId };
      }),
    () =>
      input.successorMode === "new"
        ? input.code
          ? duplicateUnitCode(input.code)
          : CREATED_AT_ONCE
        : "Hợp nhất này đã được ghi nhận.",
  );
}

async function resolveSuccessor(
  tx: AppTransaction,
  user: SessionUser,
  provinceId: string,
  input: MergeAgenciesInput,
): Promise<string> {
  if (input.successorMode === "existing") {
    const [successor] = await lockProvinceUnits(tx, provinceId, [input.successorUnitId]);
    if (successor!.deactivatedOn) throw new UserFacingError(INACTIVE_SUCCESSOR);
    return input.successorUnitId;
  }
  const registry = await loadAgencyRegistry(tx, provinceId);
  if (input.code && registry.hasCode(input.code)) throw new UserFacingError(duplicateUnitCode(input.code));
  if (registry.hasName(input.name)) throw new UserFacingError(duplicateAgencyName(input.name));
  return createUnit(tx, {
    actorId: user.id,
    provinceId,
    unit: {
      name: input.name,
      shortName: input.shortName,
      code: registry.claimCode(input.code, input.shortName),
    },
    validFrom: input.effectiveOn,
  });
}
