import "server-only";
import type { CreateAgencyInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { UserFacingError } from "@/server/errors";
import { createUnit, duplicateUnitCode } from "../members/create-unit";
import { withUniqueMessage } from "../members/write-context";
import { CREATED_AT_ONCE, duplicateAgencyName, loadAgencyRegistry } from "./agency-registry";

/** A new agency of the admin's province, named from `validFrom`. Audited (createUnit). */
export async function createAgency(prisma: AppPrismaClient, user: SessionUser, input: CreateAgencyInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return withUniqueMessage(
    () =>
      prisma.$transaction(async (tx) => {
        const registry = await loadAgencyRegistry(tx, provinceId);
        if (input.code && registry.hasCode(input.code))
          throw new UserFacingError(duplicateUnitCode(input.code));
        if (registry.hasName(input.name)) throw new UserFacingError(duplicateAgencyName(input.name));
        const code = registry.claimCode(input.code, input.shortName);
        const unitId = await createUnit(tx, {
          actorId: user.id,
          provinceId,
          unit: { name: input.name, shortName: input.shortName, code },
          validFrom: input.validFrom,
        });
        return { unitId, code };
      }),
    () => (input.code ? duplicateUnitCode(input.code) : CREATED_AT_ONCE),
  );
}
