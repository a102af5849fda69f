import "server-only";
import type { RenameUnitInput } from "@/schemas/members/unit-change";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { assertMembers } from "./find-member-units";
import { recordNewName } from "./record-new-name";
import { authorizeMembersWrite } from "./write-context";

/** A member's new name from a date, from the bloc-year's members tab (see recordNewName). */
export async function renameUnit(prisma: AppPrismaClient, user: SessionUser, input: RenameUnitInput) {
  return prisma.$transaction(async (tx) => {
    const year = await authorizeMembersWrite(tx, user, { blocYearId: input.blocYearId, activity: "members" });
    // A secretariat renames the units of its own bloc, not any unit of the province.
    await assertMembers(tx, year.id, [input.unitId]);
    return recordNewName(tx, { actorId: user.id, blocYearId: year.id, rename: input });
  });
}
