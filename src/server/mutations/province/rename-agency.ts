import "server-only";
import type { RenameAgencyInput } from "@/schemas/province/agency";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeProvinceAdmin } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { recordNewName } from "../members/record-new-name";
import { lockProvinceUnits } from "./province-units";
import { assertNotEndedBy } from "./still-active";

/**
 * An agency's new name from a date, by the province admin (the same rules as a bloc's members
 * tab: earlier years keep the old name; no name dated into a published year).
 */
export async function renameAgency(prisma: AppPrismaClient, user: SessionUser, input: RenameAgencyInput) {
  const { provinceId } = authorizeProvinceAdmin(user);
  return prisma.$transaction(async (tx) => {
    const [unit] = await lockProvinceUnits(tx, provinceId, [input.unitId]);
    await assertNotEndedBy(tx, unit!, input.validFrom);
    return recordNewName(tx, { actorId: user.id, rename: input });
  });
}
